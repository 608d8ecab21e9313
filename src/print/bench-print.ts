/**
 * Print kit figures for `npm run bench`: layout + PDF time per leaflet and per poster, file
 * sizes (budget: a leaflet under 200 KB), a leaflet's thumbnails drawn from its layout against
 * the same rendered from its PDF with pdf.js (as before), and the whole kit with thumbnails.
 * Builds into a temporary folder and removes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import type { Content } from '../content/load-content.ts';
import { getEditions } from '../editions/get-editions.ts';
import { drawThumbnail } from '../pdf/draw-thumbnail.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { buildPrintKit, type PrintReportFile } from './build-print-kit.ts';
import { buildPrintFile, PRINT_PRODUCER } from './kit.ts';
import { getPrintFiles } from './print-catalogue.ts';
import { renderBareLeaflet } from './render-bare-leaflet.ts';
import { renderPdfjsThumbnails } from './render-pdfjs-thumbnails.ts';
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
    const thumbnails = await benchLeafletThumbnails(content);
    const posters = of('poster');
    const banners = of('banner');
    return [
      { label: 'Leaflet: layout + PDF, mean', value: ms(mean(leaflets.map((f) => f.ms))), unit: 'ms' },
      { label: 'Bare pdfkit leaflet (same pages, fonts and lines), mean', value: ms(bare.bareMs), unit: 'ms' },
      { label: 'Leaflet ÷ bare, same loop (bar: 40 ms ÷ 30 ms ≈ 1.3)', value: Math.round((bare.leafletMs / bare.bareMs) * 100) / 100, unit: '×' },
      { label: 'Thumbnails per leaflet (2 pages, drawn from the layout), mean', value: ms(thumbnails.drawn.wall), unit: 'ms' },
      { label: 'Thumbnails per leaflet from the PDF with pdf.js (before), same loop', value: ms(thumbnails.pdfjs.wall), unit: 'ms' },
      { label: 'Thumbnails per leaflet drawn, CPU (all threads)', value: ms(thumbnails.drawn.cpu), unit: 'ms' },
      { label: 'Thumbnails per leaflet with pdf.js, CPU (all threads), same loop', value: ms(thumbnails.pdfjs.cpu), unit: 'ms' },
      { label: 'Thumbnails: pdf.js ÷ drawn, CPU, same loop', value: Math.round((thumbnails.pdfjs.cpu / thumbnails.drawn.cpu) * 10) / 10, unit: '×' },
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

/**
 * Every leaflet's two thumbnails drawn from its layout (what the kit does) and rendered from
 * its PDF with pdf.js (what it did before), one after the other per leaflet, so both means come
 * from the same seconds of a loaded machine. Layout and PDF are made first and not timed. CPU
 * time counts every thread of the process (pdf.js's canvas works off the main thread too)
 * and swings less than wall time when other jobs load the machine.
 */
async function benchLeafletThumbnails(content: Content): Promise<Record<'drawn' | 'pdfjs', { wall: number; cpu: number }>> {
  const totals = { drawn: { wall: 0, cpu: 0 }, pdfjs: { wall: 0, cpu: 0 } };
  const time = async (into: { wall: number; cpu: number }, run: () => Promise<unknown>) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run();
    const used = process.cpuUsage(cpu);
    into.wall += performance.now() - started;
    into.cpu += (used.user + used.system) / 1000;
  };
  let count = 0;
  for (const edition of getEditions(content)) {
    for (const entry of getPrintFiles(content, edition).filter((file) => file.kind === 'leaflet')) {
      const layout = resolvePrintJob(getTextMeasurer(), content, entry.job, edition);
      const pdf = await renderPdf(layout, PRINT_PRODUCER);
      await time(totals.drawn, async () => entry.thumbnails.map((thumbnail, i) => drawThumbnail(layout.pages[i]!, thumbnail)));
      await time(totals.pdfjs, () => renderPdfjsThumbnails(pdf, entry.thumbnails.map((thumbnail, i) => ({ trimBox: layout.pages[i]!.trimBox, width: thumbnail.width, height: thumbnail.height }))));
      count++;
    }
  }
  const mean = ({ wall, cpu }: { wall: number; cpu: number }) => ({ wall: wall / Math.max(1, count), cpu: cpu / Math.max(1, count) });
  return { drawn: mean(totals.drawn), pdfjs: mean(totals.pdfjs) };
}
