import { t } from '../i18n/t.ts';

/**
 * A problem in `content/` that stops the build. The message names the file, the field and the
 * fix, because the person reading it edits YAML, not TypeScript.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Path of the file relative to the project, e.g. "content/guides/khai-sinh.mdx". */
  file: string;
  /** Field path inside the file ("steps.2.title"), or undefined for the file as a whole. */
  field: string | undefined;
  /** What is wrong, in the office's words. */
  problem: string;
  /** What to do about it. */
  fix: string;

  constructor(file: string, field: string | undefined, problem: string, fix: string) {
    super(t('error.content', { where: `${file}${field ? ` → ${field}` : ''}`, problem, fix }));
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }
}

/** Several content problems found in one pass, reported together so the office fixes them in one go. */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(`${t('error.summary', { count: errors.length })}\n\n${errors.map((e) => e.message).join('\n\n')}`);
    this.errors = errors;
  }
}
