import { t } from '../../i18n/t.ts';
import { getTermVariants, type TermVariant } from '../../glossary/get-term-variants.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';

/**
 * Each way of writing a term (its term, a comma-separated part of it, an alias) may belong to one
 * glossary entry only. The site links a word to one explanation; when two entries share a word
 * (compared as the matcher compares: any case, any spacing, tone marks kept) the first entry
 * silently wins, and readers of the second one's meaning are sent to the wrong explanation.
 */
export const glossaryVariants: LintRule = {
  id: 'glossary-variant',
  reason: t('lint.reason.glossaryVariant'),
  kinds: ['glossary'],
  check(document, { glossary }) {
    const owners = new Map<string, TermVariant>();
    const findings: Finding[] = [];
    for (const variant of getTermVariants(glossary)) {
      const owner = owners.get(variant.key);
      if (!owner) owners.set(variant.key, variant);
      else if (owner.id !== variant.id) {
        const field = `${variant.entry}.${variant.field}`;
        findings.push({
          rule: 'glossary-variant',
          file: document.file,
          line: document.lines.get(field) ?? 1,
          field,
          words: variant.text,
          message: t('glossaryLinks.lint.collision.message', { words: variant.text, term: glossary[variant.entry]!.term, owner: glossary[owner.entry]!.term, ownerId: owner.id, ownerField: `${owner.entry}.${owner.field}` }),
          suggestion: t('glossaryLinks.lint.collision.suggestion', { words: variant.text, owner: glossary[owner.entry]!.term }),
        });
      }
    }
    return findings;
  },
};
