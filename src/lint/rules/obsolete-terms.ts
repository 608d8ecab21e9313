import { t } from '../../i18n/t.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';
import { createWordPattern, createWordTest } from '../match-words.ts';
import { getLineAt } from '../text-piece.ts';
import { findInSentences } from './find-in-sentences.ts';
import { OBSOLETE_TERMS } from './obsolete-terms-table.ts';

const compiled = OBSOLETE_TERMS.map((term) => ({
  term,
  pattern: createWordPattern(term.pattern),
  within: term.withinSentenceOf ? createWordTest(term.withinSentenceOf) : undefined,
  allowed: term.allowedWhen ? createWordTest(term.allowedWhen) : undefined,
}));

export const obsoleteTerms: LintRule = {
  id: 'obsolete-term',
  reason: t('lint.reason.obsoleteTerm'),
  kinds: ['guide', 'page', 'glossary', 'site', 'commune'],
  check(document) {
    const findings: Finding[] = [];
    for (const piece of document.pieces) {
      for (const { term, pattern, within, allowed } of compiled) {
        for (const match of findInSentences(piece, pattern)) {
          const sentence = match.sentence.text;
          if (within && !within.test(sentence)) continue;
          if (allowed && allowed.test(sentence)) continue;
          findings.push({
            rule: 'obsolete-term',
            file: document.file,
            line: getLineAt(piece, match.index),
            field: piece.field,
            words: match.text,
            message: t('lint.obsolete.message', { message: term.message }),
            suggestion: term.suggestion,
          });
        }
      }
    }
    return findings;
  },
};
