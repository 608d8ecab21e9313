import { t } from '../i18n/t.ts';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import { displayPath } from '../content/content-dir.ts';
import type { Content } from '../content/load-content.ts';
import { readText } from '../content/read-source.ts';
import { createDocuments } from './create-documents.ts';
import { formatFinding, type Finding } from './finding.ts';
import { lintDocuments } from './lint-documents.ts';

export interface LintOptions {
  /** YYYY-MM-DD; default: today (UTC). Tests and reproducible builds pass a fixed day. */
  today?: string;
}

/** Today as YYYY-MM-DD. */
export function getToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Lints loaded content: reads each file's text again (the loader keeps values, not lines), then
 * runs the pure rules. Content must already have loaded without errors.
 */
export async function lintContent(content: Content, { today = getToday() }: LintOptions = {}): Promise<Finding[]> {
  const files = { glossary: path.join(content.dir, 'glossary.yaml'), site: path.join(content.dir, 'site.yaml') };
  const all = [...content.guides.map((g) => g.file), ...content.pages.map((p) => p.file), ...content.communes.map((c) => c.file), files.glossary, files.site];
  const texts = new Map(await Promise.all(all.map(async (file) => [file, await readText(file)] as const)));
  return lintDocuments(createDocuments(content, texts, displayPath, files), { glossary: content.glossary, today });
}

/**
 * The build's use of the linter: findings are warnings, or with `strict` (CI, `--strict-lint`)
 * errors that stop the build like any content problem.
 */
export async function runContentLint(content: Content, { strict = false, today }: LintOptions & { strict?: boolean } = {}): Promise<string[]> {
  const findings = await lintContent(content, today ? { today } : {});
  if (strict && findings.length > 0) throw createLintErrors(findings);
  return findings.map(formatFinding);
}

/** Findings as content errors: file, line and field, the words and the fix. */
export function createLintErrors(findings: Finding[]): ContentErrors {
  return new ContentErrors(findings.map((finding) => new ContentError(finding.file, t('contentError.lineField', { line: finding.line, field: finding.field }), t('lint.problem', { words: finding.words, message: finding.message }), finding.suggestion)));
}
