/**
 * "Cập nhật ngày 20/11/2026" for every printed piece: a leaflet found in a drawer a year later
 * must say when its content was last checked (guide `reviewed`). Day and month in two digits,
 * the dd/mm/yyyy of Vietnamese administrative forms.
 */
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import { t } from '../i18n/t.ts';

export function getReviewedLine(reviewed: string, guideSource: TextSource): SourcedText {
  const [year, month, day] = reviewed.split('-');
  return { text: t('print.reviewed', { date: `${day}/${month}/${year}` }), source: { file: guideSource.file, field: 'reviewed' } };
}
