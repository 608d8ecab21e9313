import type { Finding } from './finding.ts';
import type { LintContext, LintDocument, LintRule } from './lint-document.ts';
import { LINT_RULES } from './rules/index.ts';

/**
 * The content linter: runs every rule that applies to each document and returns the findings
 * sorted by file and line. Pure: documents and today's date in, findings out.
 */
export function lintDocuments(documents: LintDocument[], context: LintContext, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  const findings = documents.flatMap((document) =>
    rules.filter((rule) => rule.kinds.includes(document.kind)).flatMap((rule) => rule.check(document, context)),
  );
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
