import { t } from '../../i18n/t.ts';
import { getGlossaryId } from '../../glossary/glossary-href.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';

/**
 * Glossary links an author writes by hand, `[chủ hộ](/thuat-ngu/#chu-ho)`, must point to an entry
 * that exists. Plain uses of a term need nothing: the site links the first use of each term on
 * a page itself (src/glossary/create-glossary-links-plugin.ts for bodies, src/format/link-glossary-terms.ts
 * for a guide's fields), so a term the glossary defines and a guide never uses is fine too.
 */
export const glossaryLinks: LintRule = {
  id: 'glossary-link',
  reason: t('lint.reason.glossaryLink'),
  kinds: ['guide', 'page'],
  check(document, { glossary }) {
    const ids = new Set(glossary.map((term) => term.id));
    return document.pieces
      .filter((piece) => piece.field === 'body')
      .flatMap((piece) => piece.segments)
      .flatMap((segment): Finding[] => {
        const id = segment.link && getGlossaryId(segment.link);
        if (!id || ids.has(id)) return [];
        return [
          {
            rule: 'glossary-link',
            file: document.file,
            line: segment.line,
            field: 'body',
            words: segment.text,
            message: t('lint.glossary.unknown.message', { link: segment.link ?? '', id }),
            suggestion: t('lint.glossary.unknown.suggestion', { id }),
          },
        ];
      });
  },
};
