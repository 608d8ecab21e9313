import { t } from '../i18n/t.ts';

/** Names of the rules, as they appear in findings and in the rule table (src/lint/rules/index.ts). */
export type RuleId =
  | 'obsolete-term'
  | 'hotline-number'
  | 'long-sentence'
  | 'glossary-link'
  | 'glossary-variant'
  | 'stale-review'
  | 'recent-source';

/**
 * One thing the content linter noticed. Written for the office: the file and line to open, the
 * words it is about, what is wrong and what to write instead, in Vietnamese.
 */
export interface Finding {
  rule: RuleId;
  /** Path as shown to the office, e.g. "content/guides/dang-ky-tam-tru.mdx". */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Field of the frontmatter ("steps.2.detail") or "body". */
  field: string;
  /** The words the finding is about, as written. */
  words: string;
  /** What is wrong (Vietnamese). */
  message: string;
  /** What to do instead (Vietnamese). */
  suggestion: string;
}

/** "content/guides/x.mdx:12 (steps.1.detail): “mức độ 3” – … Gợi ý: …" */
export function formatFinding(finding: Finding): string {
  return t('lint.format', { ...finding });
}
