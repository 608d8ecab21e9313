/**
 * The print kit on its own (tests, benchmarks): the registry's runner over the print
 * descriptor, reporting each PDF's size and layout + render time.
 */
import type { Content } from '../content/load-content.ts';
import { runKit } from '../build/run-kit.ts';
import { buildPrintFile, printKit } from './kit.ts';
import type { PrintFileEntry } from './print-catalogue.ts';

export interface PrintReportFile {
  /** Path written, relative to distDir, e.g. "in-an/to-gap/x.pdf". */
  path: string;
  bytes: number;
  /** Layout and PDF rendering time (with thumbnails when they are made). */
  ms: number;
  kind: PrintFileEntry['kind'];
}

export interface PrintReport {
  files: PrintReportFile[];
  /** Wall time of the whole kit, thumbnails included. */
  totalMs: number;
}

export interface BuildPrintOptions {
  /** Build only the entries this returns true for (tests build a few files, not the kit). */
  filter?: (entry: PrintFileEntry) => boolean;
  /** Skip thumbnails (benchmarks of the PDFs alone). */
  thumbnails?: boolean;
}

export async function buildPrintKit(content: Content, distDir: string, log: (line: string) => void = () => {}, options: BuildPrintOptions = {}): Promise<PrintReport> {
  const kit = options.thumbnails === false ? { ...printKit, buildFile: (c: Content, e: Parameters<typeof buildPrintFile>[1], f: PrintFileEntry) => buildPrintFile(c, e, f, { thumbnails: false }) } : printKit;
  const report = await runKit(kit, content, distDir, { log, ...(options.filter ? { filter: options.filter } : {}) });
  const files = report.files.map(({ file, written, ms }) => ({ path: file.path.replace(/^\//, ''), bytes: written[0]?.bytes ?? 0, ms, kind: file.kind }));
  return { files, totalMs: report.totalMs };
}
