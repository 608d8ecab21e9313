/**
 * The results kit's descriptor: CSV downloads, A4 reports for the emulation review and
 * monthly loudspeaker items, below dist/ket-qua/. The pages at /ket-qua/ are Astro pages that
 * list the same files (src/pages/ket-qua/).
 */
import { defineKit, getSharedInputs } from '../build/kit.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { createResultsCsv } from './create-results-csv.ts';
import { createResultsItem } from './create-results-item.ts';
import { isResultsSample } from './is-results-sample.ts';
import { resolveReport } from './report/resolve-report.ts';
import { getResultsFiles, type ResultsFile } from './results-catalogue.ts';
import { resolveEdition } from '../editions/resolve-edition.ts';
import { t } from '../i18n/t.ts';

export const RESULTS_PRODUCER = 'dvc-kit results kit (pdfkit)';

export const resultsKit = defineKit<ResultsFile>({
  name: 'results',
  label: 'Kết quả',
  folder: routes.results.replaceAll('/', ''),
  getFiles: getResultsFiles,
  buildFile: async (content, edition, file) => {
    const sample = isResultsSample(content, edition);
    const rows = content.results.communeMonths.filter((row) => edition.ref.kind === 'office' || row.commune === edition.ref.slug);
    switch (file.kind) {
      case 'csv':
        return [{ path: file.path, data: createResultsCsv(rows, sample) }];
      case 'report':
        return [{ path: file.path, data: await renderPdf(resolveReport(getTextMeasurer(), content, edition, file.period, sample), RESULTS_PRODUCER) }];
      case 'item': {
        const item = createResultsItem(content, rows.find((row) => row.month === file.month)!, sample);
        return [{ path: file.path, data: `${item.spoken.join('\n\n')}\n` }];
      }
    }
  },
  // Figures (content/results, in the shared inputs) and the communes they rank; no guide.
  getInputs: (content) => ({ shared: getSharedInputs(content), communes: content.communes }),
  getWarnings: (content, files) =>
    files.flatMap((file) => {
      if (file.kind !== 'item') return [];
      const edition = resolveEdition(content, { kind: 'commune', slug: file.commune });
      const row = content.results.communeMonths.find((entry) => entry.commune === file.commune && entry.month === file.month)!;
      return createResultsItem(content, row, isResultsSample(content, edition)).warnings.map((warning) => t('resultsWarning.unreadable', { edition: edition.name.text, month: file.month, text: warning.text, message: warning.message }));
    }),
});
