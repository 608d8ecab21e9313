import { t } from '../../i18n/t.ts';
import type { LintRule } from '../lint-document.ts';

/** Local government has had two tiers since this day (Resolution 203/2025/QH15): older sources describe districts. */
export const TWO_TIER_START = '2025-07-01';

export const recentSource: LintRule = {
  id: 'recent-source',
  reason: t('lint.reason.recentSource'),
  kinds: ['guide'],
  check(document) {
    const dates = document.dates?.sources ?? [];
    if (dates.some((date) => date >= TWO_TIER_START)) return [];
    return [{
      rule: 'recent-source',
      file: document.file,
      line: document.lines.get('sources') ?? 1,
      field: 'sources',
      words: dates.join(', '),
      message: t('lint.recentSource.message'),
      suggestion: t('lint.recentSource.suggestion'),
    }];
  },
};
