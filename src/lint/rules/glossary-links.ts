import { t } from '../../i18n/t.ts';
import { routes } from '../../paths.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';
import { createWordPattern, escapePhrase, findWords } from '../match-words.ts';
import { getLineAt, getSegmentAt } from '../text-piece.ts';

/**
 * How a guide links a word to its explanation: a plain Markdown link to the glossary page's
 * anchor, `[chủ hộ](/thuat-ngu/#chu-ho)`. It works with no JavaScript, prints as text, and the
 * link checks already know /thuat-ngu/.
 */
export function getGlossaryHref(id: string): string {
  return `${routes.glossary}#${id}`;
}

const GLOSSARY_LINK = new RegExp(`^${routes.glossary.replace(/\//g, '\\/')}?#([a-z0-9-]+)$`);

/** The glossary id a link points to, or undefined if it is not a glossary link. */
export function getGlossaryId(href: string): string | undefined {
  return GLOSSARY_LINK.exec(href)?.[1];
}

/** Every way a term is written: the term itself and its aliases. */
function getForms(term: GlossaryTerm): RegExp {
  return createWordPattern([term.term, ...term.aliases].map(escapePhrase).join('|'));
}

export const glossaryLinks: LintRule = {
  id: 'glossary-link',
  reason: t('lint.reason.glossaryLink'),
  kinds: ['guide', 'page'],
  check(document, { glossary }) {
    const findings: Finding[] = [];
    const ids = new Set(glossary.map((term) => term.id));
    const pending = new Map(glossary.map((term) => [term.id, { term, forms: getForms(term) }]));
    for (const piece of document.pieces.filter((candidate) => candidate.field === 'body' && !candidate.isHeading)) {
      for (const segment of piece.segments) {
        const id = segment.link && getGlossaryId(segment.link);
        if (!id) continue;
        if (!ids.has(id)) {
          findings.push({
            rule: 'glossary-link',
            file: document.file,
            line: segment.line,
            field: piece.field,
            words: segment.text,
            message: t('lint.glossary.unknown.message', { link: segment.link ?? '', id }),
            suggestion: t('lint.glossary.unknown.suggestion', { id }),
          });
        }
      }
      // Walk the piece in reading order: a glossary link introduces its term; a plain use of a
      // term not yet introduced is a finding (once per term).
      const events: { index: number; id: string; linked: boolean; text: string }[] = [];
      for (const [id, { forms }] of pending) {
        for (const match of findWords(piece.text, forms)) {
          const segment = getSegmentAt(piece, match.index);
          const linkId = segment?.link ? getGlossaryId(segment.link) : undefined;
          if (segment?.link && linkId !== id) continue; // the label of another link
          events.push({ index: match.index, id, linked: linkId === id, text: match.text });
        }
      }
      for (const segment of piece.segments) {
        const id = segment.link && getGlossaryId(segment.link);
        if (id) events.push({ index: segment.start, id, linked: true, text: segment.text });
      }
      events.sort((a, b) => a.index - b.index);
      for (const event of events) {
        const entry = pending.get(event.id);
        if (!entry) continue;
        pending.delete(event.id);
        if (event.linked) continue;
        findings.push({
          rule: 'glossary-link',
          file: document.file,
          line: getLineAt(piece, event.index),
          field: piece.field,
          words: event.text,
          message: t('lint.glossary.unlinked.message', { term: entry.term.term }),
          suggestion: t('lint.glossary.unlinked.suggestion', { text: event.text, href: getGlossaryHref(event.id) }),
        });
      }
    }
    return findings;
  },
};
