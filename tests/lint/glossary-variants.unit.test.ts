import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { LintContext } from '../../src/lint/lint-document.ts';
import { lintDocuments } from '../../src/lint/lint-documents.ts';
import { readYamlPieces } from '../../src/lint/read-frontmatter.ts';
import { LINT_RULES } from '../../src/lint/rules/index.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { formatFinding } from '../../src/lint/finding.ts';

/** Lints a glossary.yaml text with the variant rule only, as the build would. */
function lintGlossary(yaml: string) {
  const glossary = glossarySchema.parse(parse(yaml));
  const { pieces, lines } = readYamlPieces(yaml);
  const context: LintContext = { glossary, today: '2026-12-01' };
  return lintDocuments([{ kind: 'glossary', file: 'content/glossary.yaml', pieces, lines }], context, LINT_RULES.filter((rule) => rule.id === 'glossary-variant'));
}

const HO_SO = `- id: ho-so
  term: Hồ sơ
  definition: Các giấy tờ nộp cho cơ quan.
- id: ma-ho-so
  term: Mã hồ sơ
  aliases: [mã số hồ sơ, Hồ  sơ]
  definition: Dãy số riêng của mỗi hồ sơ.
`;

describe('the glossary variant rule', () => {
  it('names the file, line and field of an alias another entry already has, and the fix, in Vietnamese', () => {
    expect(lintGlossary(HO_SO).map(formatFinding)).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml:6 (1.aliases.1): “Hồ  sơ” – “Hồ  sơ” của mục “Mã hồ sơ” trùng với một cách viết của mục “Hồ sơ” (id ho-so, ở 0.term). Trang chỉ dẫn được một từ tới một phần giải thích, nên “Hồ  sơ” sẽ luôn dẫn tới “Hồ sơ”.
        Gợi ý: Trong content/glossary.yaml, để “Hồ  sơ” ở một mục thôi: xóa nó khỏi term hoặc aliases của mục này, hoặc viết một cụm dài hơn cho khỏi trùng. Nếu hai mục cùng một nghĩa, gộp lại thành một mục.",
      ]
    `);
  });

  it('accepts a term that is a part of a longer term of another entry: the longest match wins on the page', () => {
    expect(lintGlossary(HO_SO.replace(', Hồ  sơ', ''))).toEqual([]);
  });

  it("accepts an alias that repeats its own entry's term, and terms no guide uses", () => {
    const yaml = `- id: the-can-cuoc
  term: Thẻ căn cước, thẻ căn cước công dân
  aliases: [thẻ căn cước, Thẻ Căn Cước Công Dân]
  definition: Giấy tờ tùy thân có gắn chip.
- id: chu-ho
  term: Chủ hộ
  definition: Người đứng tên hộ.
`;
    expect(lintGlossary(yaml)).toEqual([]);
  });

  it('tells words apart by their tone marks: "hồ sơ" and "hộ số" are different words', () => {
    const yaml = `- id: ho-so
  term: hồ sơ
  definition: Các giấy tờ nộp cho cơ quan.
- id: ho-so-2
  term: hộ số
  definition: Số của hộ.
`;
    expect(lintGlossary(yaml)).toEqual([]);
  });
});
