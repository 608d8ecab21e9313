import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/lint/finding.ts';
import type { LintContext, LintDocument } from '../../src/lint/lint-document.ts';
import { lintDocuments } from '../../src/lint/lint-documents.ts';
import { readBody } from '../../src/lint/read-body.ts';
import { readFrontmatter } from '../../src/lint/read-frontmatter.ts';
import { LINT_RULES } from '../../src/lint/rules/index.ts';

interface Cases {
  fires: { text: string; words: string }[];
  quiet: { text: string }[];
}
const CASES = parse(readFileSync('tests/fixtures/lint/cases.yaml', 'utf8')) as Record<string, Cases>;

const context: LintContext = {
  today: '2026-12-01',
  glossary: [
    { id: 'chu-ho', term: 'Chủ hộ', definition: 'Người đứng tên hộ.', aliases: [] },
    { id: 'otp', term: 'Mã OTP', definition: 'Mã dùng một lần.', aliases: ['OTP'] },
  ],
};

/** A guide whose body is `text`, as the build would see it. */
export function createGuide(text: string, frontmatter = 'title: Thử'): LintDocument {
  const source = `---\n${frontmatter}\n---\n\n${text}\n`;
  const { pieces, lines } = readFrontmatter(source);
  return { kind: 'guide', file: 'content/guides/thu.mdx', pieces: [...pieces, ...readBody(source)], lines, dates: { reviewed: '2026-11-01', sources: ['2026-11-01'] } };
}

const lintWith = (id: RuleId, document: LintDocument) => lintDocuments([document], context, LINT_RULES.filter((rule) => rule.id === id));

describe.each(Object.entries(CASES))('the %s rule', (id, cases) => {
  it.each(cases.fires)('fires on “$text”', ({ text, words }) => {
    const findings = lintWith(id as RuleId, createGuide(text));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ rule: id, file: 'content/guides/thu.mdx', line: 5, field: 'body', words });
    expect(findings[0]!.suggestion.length).toBeGreaterThan(10);
  });

  it.each(cases.quiet)('is quiet on “$text”', ({ text }) => {
    expect(lintWith(id as RuleId, createGuide(text))).toEqual([]);
  });
});

describe('the content linter', () => {
  it('names the frontmatter field and its line', () => {
    const guide = createGuide('Thân bài.', 'title: Thử\nsteps:\n  - title: Bước một\n    detail: Mang CMND đến xã.');
    expect(lintWith('obsolete-term', guide)).toMatchObject([{ line: 5, field: 'steps.0.detail', words: 'CMND' }]);
  });

  it('counts the line of a sentence on the second line of a paragraph', () => {
    const guide = createGuide('Câu ngắn đầu tiên.\nMang sổ hộ khẩu theo.');
    expect(lintWith('obsolete-term', guide)).toMatchObject([{ line: 6, words: 'sổ hộ khẩu' }]);
  });

  it('does not ask for glossary links anywhere, since the site links the first use of each term itself', () => {
    const guide = createGuide('## Chủ hộ là ai?\n\nChủ hộ là người đứng tên hộ. Nhập mã OTP.', 'title: Chủ hộ đồng ý');
    expect(lintWith('glossary-link', guide)).toEqual([]);
  });

  it('does not read titles of sources, which quote other people\'s documents', () => {
    const guide = createGuide('Thân bài.', 'title: Thử\nsources:\n  - title: Công văn của Sở Tư pháp về lý lịch tư pháp, Bộ phận một cửa huyện');
    expect(lintWith('obsolete-term', guide)).toEqual([]);
  });

  it('explains each finding in Vietnamese with what to write instead', () => {
    const [finding] = lintWith('glossary-link', createGuide('Hỏi [chủ hộ](/thuat-ngu/#chu-nha).'));
    expect(finding).toEqual({
      rule: 'glossary-link',
      file: 'content/guides/thu.mdx',
      line: 5,
      field: 'body',
      words: 'chủ hộ',
      message: 'Liên kết tới /thuat-ngu/#chu-nha, nhưng content/glossary.yaml không có từ nào có id "chu-nha".',
      suggestion: 'Dùng id của một từ trong content/glossary.yaml, hoặc thêm từ đó vào (id: chu-nha, term, definition).',
    });
  });
});

describe('the date rules', () => {
  const dated = (reviewed: string, sources: string[]): LintDocument => ({ ...createGuide('Thân bài.', 'title: Thử\nsources:\n  - title: A\nreviewed: x'), dates: { reviewed, sources } });

  it('flags a review older than 12 months before the given day, on the reviewed line', () => {
    expect(lintWith('stale-review', dated('2025-11-30', ['2026-01-01']))).toMatchObject([{ field: 'reviewed', line: 5, words: '2025-11-30' }]);
  });

  it('accepts a review exactly 12 months old', () => {
    expect(lintWith('stale-review', dated('2025-12-01', ['2026-01-01']))).toEqual([]);
  });

  it('flags a guide whose sources all predate 1/7/2025, on the sources line', () => {
    expect(lintWith('recent-source', dated('2026-11-01', ['2014-11-20', '2025-06-30']))).toMatchObject([{ field: 'sources', line: 3 }]);
  });

  it('accepts one source dated 1/7/2025 or later', () => {
    expect(lintWith('recent-source', dated('2026-11-01', ['2014-11-20', '2025-07-01']))).toEqual([]);
  });
});
