/**
 * Print kit figures for `npm run bench`: layout + PDF time per leaflet and per poster, file
 * sizes (budget: a leaflet under 200 KB) and the time for the whole kit with thumbnails.
 * Builds into a temporary folder and removes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import type { Content } from '../content/load-content.ts';
import { getEditions } from '../editions/get-editions.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { buildPrintKit, type PrintReportFile } from './build-print-kit.ts';
import { buildPrintFile } from './kit.ts';
import { getPrintFiles } from './print-catalogue.ts';
import { renderBareLeaflet } from './render-bare-leaflet.ts';
import { resolvePrintJob } from './resolve-print-job.ts';

export async function benchPrint(content: Content): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-print-bench-'));
  try {
    // Per-file times are layout + PDF alone; the whole-kit time includes the thumbnails.
    const report = await buildPrintKit(content, dir, () => {}, { thumbnails: false });
    const whole = await buildPrintKit(content, dir);
    const of = (kind: PrintReportFile['kind']) => report.files.filter((file) => file.kind === kind);
    const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    const ms = (value: number) => Math.round(value);
    const leaflets = of('leaflet');
    const bare = await benchBareLeaflets(content);
    const posters = of('poster');
    const banners = of('banner');
    return [
      { label: 'Leaflet: layout + PDF, mean', value: ms(mean(leaflets.map((f) => f.ms))), unit: 'ms' },
      { label: 'Bare pdfkit leaflet (same pages, fonts and lines), mean', value: ms(bare.bareMs), unit: 'ms' },
      { label: 'Leaflet ÷ bare, same loop (bar: 40 ms ÷ 30 ms ≈ 1.3)', value: Math.round((bare.leafletMs / bare.bareMs) * 100) / 100, unit: '×' },
      { label: 'Poster: layout + PDF, mean', value: ms(mean(posters.map((f) => f.ms))), unit: 'ms' },
      { label: 'Banner: layout + PDF, mean', value: ms(mean(banners.map((f) => f.ms))), unit: 'ms' },
      { label: 'Leaflet PDF size, largest (budget 200 KB)', value: kb(Math.max(0, ...leaflets.map((f) => f.bytes))), unit: 'KB' },
      { label: 'Leaflet PDF size, mean', value: kb(mean(leaflets.map((f) => f.bytes))), unit: 'KB' },
      { label: 'Poster PDF size, largest', value: kb(Math.max(0, ...posters.map((f) => f.bytes))), unit: 'KB' },
      { label: 'Banner PDF size, largest', value: kb(Math.max(0, ...banners.map((f) => f.bytes))), unit: 'KB' },
      { label: `Whole print kit (${report.files.length} PDFs + thumbnails)`, value: Math.round(whole.totalMs / 100) / 10, unit: 's' },
      { label: 'Whole print kit, PDF bytes', value: Math.round(report.files.reduce((sum, f) => sum + f.bytes, 0) / 1024 / 102.4) / 10, unit: 'MB' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Every leaflet built again and its bare pdfkit twin written (renderBareLeaflet), one after
 * the other, so both means come from the same seconds of a machine other jobs may be loading.
 */
async function benchBareLeaflets(content: Content): Promise<{ leafletMs: number; bareMs: number }> {
  let leafletMs = 0;
  let bareMs = 0;
  let count = 0;
  for (const edition of getEditions(content)) {
    for (const entry of getPrintFiles(content, edition).filter((file) => file.kind === 'leaflet')) {
      const started = performance.now();
      await buildPrintFile(content, edition, entry, { thumbnails: false });
      const built = performance.now();
      const layout = resolvePrintJob(getTextMeasurer(), content, entry.job, edition);
      const laidOut = performance.now();
      await renderBareLeaflet(layout);
      leafletMs += built - started;
      bareMs += performance.now() - laidOut;
      count++;
    }
  }
  return { leafletMs: leafletMs / Math.max(1, count), bareMs: bareMs / Math.max(1, count) };
}
