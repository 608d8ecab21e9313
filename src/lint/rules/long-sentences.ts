import { t } from '../../i18n/t.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';
import { countSyllables, splitSentences } from '../sentences.ts';
import { getLineAt } from '../text-piece.ts';

/** Longest sentence, in syllables, that older readers and second-language readers follow in one go. */
export const MAX_SYLLABLES = 30;

export const longSentences: LintRule = {
  id: 'long-sentence',
  reason: t('lint.reason.longSentence', { max: MAX_SYLLABLES }),
  kinds: ['guide', 'page', 'glossary'],
  check(document) {
    const findings: Finding[] = [];
    for (const piece of document.pieces) {
      if (piece.isHeading) continue;
      for (const sentence of splitSentences(piece.text)) {
        const syllables = countSyllables(sentence.text);
        if (syllables <= MAX_SYLLABLES) continue;
        findings.push({
          rule: 'long-sentence',
          file: document.file,
          line: getLineAt(piece, sentence.start),
          field: piece.field,
          words: shorten(sentence.text),
          message: t('lint.longSentence.message', { syllables, max: MAX_SYLLABLES }),
          suggestion: t('lint.longSentence.suggestion'),
        });
      }
    }
    return findings;
  },
};

/** The first words of a long sentence, enough to find it. */
function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : sentence;
}
