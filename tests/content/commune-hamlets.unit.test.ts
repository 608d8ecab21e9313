import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/content/parse-with-friendly-errors.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { communeSchema } from '../../src/schemas/commune.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const commune = {
  name: 'xã A', station: 'Đài', serviceCentre: { address: 'a', hours: 'h', phone: '1' },
  digitalTeam: { contact: 'c', phone: '2' }, featured: ['a', 'b', 'c'],
};
const messagesFor = (hamlets: unknown) => parseWithFriendlyErrors(communeSchema, { ...commune, hamlets }, 'content/communes/a.yaml').errors.map((error) => error.message);

describe('a commune file\'s hamlets', () => {
  it('is optional, and read with its household count when given', () => {
    expect(communeSchema.parse(commune).hamlets).toBeUndefined();
    expect(communeSchema.parse({ ...commune, hamlets: { count: 12, households: 2400 } }).hamlets).toEqual({ count: 12, households: 2400 });
  });

  it('refuses a hamlet count that is not a whole number from 1, in Vietnamese naming the field', () => {
    expect(messagesFor({ count: 0 })[0]).toContain('content/communes/a.yaml → hamlets.count: Trường `hamlets.count` phải là số thôn (thôn, xóm, bản, tổ dân phố) của xã, một số nguyên từ 1 đến 500');
    expect(messagesFor({ count: 2.5 })[0]).toContain('hamlets.count: Trường `hamlets.count` phải là số thôn');
  });

  it('refuses households written with a thousands separator, which YAML reads as text', () => {
    expect(messagesFor({ count: 12, households: '2.400' })[0]).toBe('content/communes/a.yaml → hamlets.households: Trường `hamlets.households` cần ghi một số, nhưng đang ghi chữ.\n  Cách sửa: sửa lại thành một số; xem cách ghi ở một tệp cùng loại trong content/.');
  });

  it('refuses a misspelt key under hamlets instead of ignoring it', () => {
    expect(messagesFor({ count: 12, household: 2400 })[0]).toContain('content/communes/a.yaml → hamlets: Trường `hamlets` có trường lạ: `household`.');
  });

  it('reaches the commune\'s edition with the file and field it came from', async () => {
    const content = await loadContent(FIXTURE_CONTENT);
    const edition = resolveEdition(content, { kind: 'commune', slug: 'xa-thu' });
    expect(edition.hamlets).toEqual({ count: 6, households: 950, source: { file: edition.file, field: 'hamlets' } });
    expect(resolveEdition(content, { kind: 'office' }).hamlets).toBeUndefined();
  });
});
