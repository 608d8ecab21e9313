import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Content } from '../content/load-content.ts';
import { getBroadcastCatalogue, getCatalogueWarnings } from './catalogue.ts';
import { renderScriptPdf } from './render-script-pdf.ts';
import { getScriptText } from './script/build-script.ts';

export interface BroadcastFile {
  /** Absolute path written. */
  path: string;
  bytes: number;
  ms: number;
}

export interface BroadcastReport {
  files: BroadcastFile[];
  /** Scripts over their length target, text that cannot be read aloud. */
  warnings: string[];
}

/**
 * Writes the broadcast kit below `distDir`: for every script in the catalogue (each guide for
 * the office, each commune's featured guides) a plain UTF-8 .txt for text-to-speech boxes and a
 * large-type .pdf for the microphone, at the paths in src/paths.ts `broadcastFiles`.
 * The announcer pages are Astro pages reading the same catalogue.
 */
export async function buildBroadcastKit(content: Content, distDir: string, log: (line: string) => void = () => {}): Promise<BroadcastReport> {
  const entries = getBroadcastCatalogue(content);
  const files: BroadcastFile[] = [];
  const write = async (sitePath: string, render: () => Promise<string | Buffer>) => {
    const start = performance.now();
    const file = path.join(distDir, sitePath);
    const data = await render();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    files.push({ path: file, bytes: Buffer.byteLength(data), ms: performance.now() - start });
  };
  for (const entry of entries) {
    await write(entry.paths.text, async () => getScriptText(entry.script));
    await write(entry.paths.pdf, () => renderScriptPdf(entry, content.site.office));
  }
  log(`  broadcast: ${entries.length} scripts, ${files.length} files`);
  return { files, warnings: getCatalogueWarnings(entries) };
}
