import { writeFile } from 'node:fs/promises';
import { loadContent } from '../src/content/load-content.ts';
import { resolveEdition } from '../src/editions/resolve-edition.ts';
import { renderPdf } from '../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../src/pdf/text/measure-text.ts';
import { resolvePrintJob } from '../src/print/resolve-print-job.ts';
const content = await loadContent('tests/fixtures/example-content');
const jobs: any[] = JSON.parse(process.argv[2]!);
for (const [name, job, ref] of jobs) {
  const edition = resolveEdition(content, ref);
  await writeFile(`/tmp/${name}.pdf`, await renderPdf(resolvePrintJob(getTextMeasurer(), content, job, edition), 't'));
}
