import { t } from '../../i18n/t.ts';
import type { Finding } from '../finding.ts';
import type { LintRule } from '../lint-document.ts';
import { createWordPattern, findWords } from '../match-words.ts';
import { getLineAt } from '../text-piece.ts';

/**
 * Phone numbers as people write them: 1800/1900 service numbers, landlines and mobiles from 0
 * or +84 in groups, and the short emergency and service numbers when the text says to call them.
 */
const PHONE_PATTERNS = [
  { pattern: String.raw`(?:1800|1900)[\s.]?\d{2,4}(?:[\s.]?\d{2,4})?`, minDigits: 8 },
  // 10 digits for mobiles, 11 for landlines; at least 9 keeps dates like 01.03.2025 out.
  { pattern: String.raw`(?:\+84|0)\d{1,3}(?:[\s.]?\d{2,4}){2,3}`, minDigits: 9 },
  { pattern: String.raw`(?:gọi|số|tổng\s+đài|đường\s+dây(?:\s+nóng)?|hotline)\s+(?:số\s+)?(?:111|112|113|114|115|1022)`, minDigits: 3 },
].map(({ pattern, minDigits }) => ({ pattern: createWordPattern(pattern), minDigits }));

export const hotlineNumbers: LintRule = {
  id: 'hotline-number',
  reason: t('lint.reason.hotlineNumber'),
  kinds: ['guide'],
  check(document) {
    const findings: Finding[] = [];
    for (const piece of document.pieces) {
      const seen = new Set<number>();
      for (const { pattern, minDigits } of PHONE_PATTERNS) {
        for (const match of findWords(piece.text, pattern)) {
          if (seen.has(match.index) || (match.text.match(/\d/g)?.length ?? 0) < minDigits) continue;
          seen.add(match.index);
          findings.push({
            rule: 'hotline-number',
            file: document.file,
            line: getLineAt(piece, match.index),
            field: piece.field,
            words: match.text,
            message: t('lint.hotline.message'),
            suggestion: t('lint.hotline.suggestion'),
          });
        }
      }
    }
    return findings;
  },
};
