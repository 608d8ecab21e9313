import { t } from '../../i18n/t.ts';
import type { LintRule } from '../lint-document.ts';
import { formatDate } from '../../format/format-date.ts';

/** How long checked facts stay trusted: rules and fees change at least yearly. */
export const REVIEW_MONTHS = 12;

/** The date `months` before an ISO date, same day of the month (a day the month lacks rolls into the next, as Date does). */
export function getMonthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 - months, day));
  return date.toISOString().slice(0, 10);
}

export const staleReview: LintRule = {
  id: 'stale-review',
  reason: t('lint.reason.staleReview', { months: REVIEW_MONTHS }),
  kinds: ['guide'],
  check(document, { today }) {
    const reviewed = document.dates?.reviewed;
    if (!reviewed || reviewed >= getMonthsBefore(today, REVIEW_MONTHS)) return [];
    return [{
      rule: 'stale-review',
      file: document.file,
      line: document.lines.get('reviewed') ?? 1,
      field: 'reviewed',
      words: reviewed,
      message: t('lint.staleReview.message', { date: formatDate(reviewed), months: REVIEW_MONTHS }),
      suggestion: t('lint.staleReview.suggestion'),
    }];
  },
};
