import type { Content } from '../content/load-content.ts';
import { getEditions } from '../editions/get-editions.ts';
import { t } from '../i18n/t.ts';

/**
 * `--communes` names no commune the content has (a typo, or a commune not added yet): a warning, not
 * an error, because a CI shard may legitimately match nothing, but the office should see it.
 */
export function getUnmatchedCommunes(content: Content, patterns: readonly string[]): string[] {
  const slugs = content.communes.map((commune) => commune.slug);
  return patterns
    .filter((pattern) => pattern !== 'office' && getEditions(content, { communes: [pattern], withoutOffice: true }).length === 0)
    .map((pattern) => t('usage.noCommune', { pattern, communes: slugs.length > 0 ? slugs.join(', ') : t('content.noCommunes') }));
}
