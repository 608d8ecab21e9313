/**
 * The short loudspeaker item of one commune's month, written from its figures and then put
 * through the read-aloud normaliser, so "82,7%" goes on air as "tám mươi hai phẩy bảy phần
 * trăm" (FACTS.md, "Loudspeakers"). Sample figures open with a spoken notice: a text-to-speech
 * box has only the words. Pure.
 */
import type { Content } from '../content/load-content.ts';
import { t } from '../i18n/t.ts';
import { createLexicon } from '../broadcast/read-aloud/lexicon.ts';
import { normaliseForReading, type ReadAloudWarning } from '../broadcast/read-aloud/normalise.ts';
import { getShare, type CommuneMonth } from './figures.ts';
import { formatCount, formatPointsAbsolute, formatPercent } from './format-figures.ts';
import { getTarget } from './get-target.ts';
import { shiftMonth } from './periods.ts';

export interface ResultsItem {
  commune: string;
  month: string;
  /** As written, for the page. */
  written: string[];
  /** As read, for the .txt file. */
  spoken: string[];
  warnings: ReadAloudWarning[];
}

export function createResultsItem(content: Content, row: CommuneMonth, sample: boolean): ResultsItem {
  const commune = content.communes.find((entry) => entry.slug === row.commune)!;
  const target = getTarget(content.site, row.commune).online;
  const [year, monthNumber] = row.month.split('-').map(Number) as [number, number];
  const share = getShare(row.online, row.received);
  const lines = [t('results.item.lead', { month: monthNumber, year, commune: commune.name, received: formatCount(row.received), online: formatCount(row.online), share: formatPercent(share ?? 0) })];
  if ((share ?? 0) >= target) {
    lines.push(t('results.item.met', { commune: commune.name, target: formatPercent(target) }));
  } else {
    const missing = Math.ceil((target * row.received) / 100 - row.online);
    lines.push(t('results.item.notMet', { commune: commune.name, target: formatPercent(target), missing: formatCount(missing) }));
  }
  const lastYear = content.results.communeMonths.find((entry) => entry.commune === row.commune && entry.month === shiftMonth(row.month, -12));
  const before = lastYear && getShare(lastYear.online, lastYear.received);
  if (share !== undefined && before !== undefined) {
    const change = Math.round((share - before) * 10) / 10;
    const values = { month: monthNumber, year: year - 1, points: formatPointsAbsolute(change) };
    lines.push(t(change > 0 ? 'results.item.up' : change < 0 ? 'results.item.down' : 'results.item.same', values));
  }
  lines.push(t('results.item.close'));
  const written = sample ? [t('results.item.sampleNotice'), ...lines] : lines;
  const lexicon = createLexicon(content.readAloud);
  const results = written.map((line) => normaliseForReading(line, { lexicon }));
  return { commune: row.commune, month: row.month, written, spoken: results.map((result) => result.spoken), warnings: results.flatMap((result) => result.warnings) };
}
