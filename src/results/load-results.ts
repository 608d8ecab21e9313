/**
 * Reads content/results/: every *.csv of commune months and every thu-tuc-*.csv of procedure
 * months, checked cell by cell and across files, and the targets in site.yaml checked against
 * the communes. The folder is optional: without it the results pages say there are no figures yet.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../i18n/t.ts';
import { ContentError } from '../content/content-error.ts';
import { displayPath } from '../content/content-dir.ts';
import type { Site } from '../schemas/site.ts';
import { checkResults } from './check-results.ts';
import type { CommuneMonth, ProcedureMonth, Results } from './figures.ts';
import { parseResultsSheet } from './parse-results-sheet.ts';
import { COMMUNE_COLUMNS, PROCEDURE_COLUMNS, PROCEDURE_FILE_PREFIX } from './result-columns.ts';
import { resolveCommuneRows, resolveProcedureRows, type SheetContext } from './resolve-sheet-rows.ts';

export const RESULTS_FOLDER = 'results';

export async function loadResults(contentDir: string, context: SheetContext, site: Site | undefined): Promise<{ data: Results; errors: ContentError[] }> {
  const folder = path.join(contentDir, RESULTS_FOLDER);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const errors: ContentError[] = [];
  const communeMonths: CommuneMonth[] = [];
  const procedureMonths: ProcedureMonth[] = [];
  const monthColumns = new Map<string, number>();
  const files: string[] = [];
  for (const name of names.filter((entry) => entry.toLowerCase().endsWith('.csv')).sort()) {
    const file = displayPath(path.join(folder, name));
    files.push(file);
    const text = await readFile(path.join(folder, name), 'utf8');
    const isProcedure = name.startsWith(PROCEDURE_FILE_PREFIX);
    const sheet = parseResultsSheet(text, file, isProcedure ? PROCEDURE_COLUMNS : COMMUNE_COLUMNS);
    errors.push(...sheet.errors);
    monthColumns.set(file, sheet.columnIndex.get('month') ?? 0);
    const resolved = isProcedure ? resolveProcedureRows(sheet, context) : resolveCommuneRows(sheet, context);
    errors.push(...resolved.errors);
    if (isProcedure) procedureMonths.push(...(resolved.rows as ProcedureMonth[]));
    else communeMonths.push(...(resolved.rows as CommuneMonth[]));
  }
  errors.push(...checkResults(communeMonths, procedureMonths, (file) => monthColumns.get(file) ?? 0));
  if (site) errors.push(...checkTargetCommunes(site, context, displayPath(path.join(contentDir, 'site.yaml'))));
  const order = (a: { commune: string; month: string }, b: { commune: string; month: string }) => a.commune.localeCompare(b.commune) || a.month.localeCompare(b.month);
  return { data: { communeMonths: communeMonths.sort(order), procedureMonths: procedureMonths.sort(order), files }, errors };
}

/** A per-commune target must name a commune that exists, or it silently applies to nobody. */
function checkTargetCommunes(site: Site, context: SheetContext, siteFile: string): ContentError[] {
  const slugs = context.communes.map((commune) => commune.slug);
  return Object.keys(site.results.targets.communes)
    .filter((slug) => !slugs.includes(slug))
    .map((slug) => new ContentError(siteFile, `results.targets.communes.${slug}`, t('content.targetNotCommune.problem', { slug }), t('content.targetNotCommune.fix', { communes: slugs.join(', ') || t('content.noCommunes') })));
}
