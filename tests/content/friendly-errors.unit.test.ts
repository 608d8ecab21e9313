import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/content/parse-with-friendly-errors.ts';
import { schemaRule } from '../../src/schemas/schema-rule.ts';

const FILE = 'content/site.yaml';
const schema = z.strictObject({
  title: z.string(),
  readingRate: z.number().int().min(100).max(260),
  slogans: z.array(z.string()).min(1),
  url: z.string().refine((value) => value.startsWith('https://'), schemaRule('schema.https')),
});
const valid = { title: 'Trang', readingRate: 180, slogans: ['Một'], url: 'https://a.gov.vn' };
const errorsFor = (input: unknown) => parseWithFriendlyErrors(schema, input, FILE).errors;

describe('schema errors in the office\'s words', () => {
  it('says a field holds the wrong kind of value, in words for someone typing YAML', () => {
    const [error] = errorsFor({ ...valid, slogans: 'Một khẩu hiệu' });
    expect(error).toMatchObject({ file: FILE, field: 'slogans' });
    expect(error!.problem).toBe('Trường `slogans` cần ghi một danh sách (mỗi mục một dòng bắt đầu bằng “- ”), nhưng đang ghi chữ.');
    expect(error!.message).toContain('content/site.yaml → slogans: ');
  });

  it('describes zod\'s own limits by their code, not with zod\'s English message', () => {
    const messages = [...errorsFor({ ...valid, readingRate: 50 }), ...errorsFor({ ...valid, slogans: [] })].map((error) => error.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('Trường `readingRate` phải từ 100 trở lên.\n  Cách sửa: ghi một số từ 100 trở lên.');
    expect(messages[1]).toContain('Trường `slogans` cần ít nhất 1 mục.');
    for (const message of messages) expect(message).not.toMatch(/Too small|expected/);
  });

  it('prints a rule the schema states after the field name, and names a missing field in its fix', () => {
    const [rule] = errorsFor({ ...valid, url: 'http://a.gov.vn' });
    expect(rule!.problem).toBe('Trường `url` phải bắt đầu bằng https://.');
    const [missing] = errorsFor({ readingRate: 180, slogans: ['Một'], url: 'https://a.gov.vn' });
    expect(missing).toMatchObject({ field: 'title', problem: 'Thiếu trường `title`.' });
    expect(missing!.fix).toContain('`title: …`');
  });
});
