import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import type { Guide } from './load-content.ts';

/**
 * Refuses a `reviewed` date or a source date after `today` (YYYY-MM-DD): a typo like
 * 2062 for 2026 would tell readers the facts were checked when they were not.
 */
export function checkDates(guides: Guide[], today: string): ContentError[] {
  const errors: ContentError[] = [];
  const check = (guide: Guide, field: string, date: string) => {
    if (date <= today) return;
    errors.push(new ContentError(displayPath(guide.file), field, t('content.futureDate.problem', { date, today }), t('content.futureDate.fix')));
  };
  for (const guide of guides) {
    check(guide, 'reviewed', guide.reviewed);
    guide.sources.forEach((source, i) => check(guide, `sources.${i}.date`, source.date));
  }
  return errors;
}
