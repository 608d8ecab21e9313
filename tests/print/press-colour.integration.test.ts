/**
 * Press-ready black and font names, read from the built files: text and QR codes in 100% K
 * with overprint (the ExtGState /OP true /op true /OPM 1 set before they are painted), and a
 * font subset tag per glyph set, so no two files of the kit name different subsets the same.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { printFiles } from '../../src/paths.ts';
import { buildPrintKit, type PrintReport } from '../../src/print/build-print-kit.ts';
import { getInflatedStreams } from '../helpers/pdf.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { isTestSubset, makeTempDir, TEST_GUIDE } from './fixtures.ts';

let content: Content;
let dist: string;
let report: PrintReport;
const read = (file: string) => readFile(path.join(dist, file));

beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
  dist = await makeTempDir('press');
  report = await buildPrintKit(content, dist, () => {}, { filter: isTestSubset(content), thumbnails: false });
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('press colour and fonts', () => {
  it('paints text and the QR code in 100% K with overprint on, and defines the overprint state', async () => {
    const bytes = await read(printFiles.leaflet(TEST_GUIDE));
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/Type \/ExtGState\n\/OP true\n\/op true\n\/OPM 1/);
    const outside = getInflatedStreams(bytes).find((stream) => stream.includes(' re\n') && stream.includes('BT'))!;
    // Black text: overprint state, then 0 0 0 1 fill, then a text object.
    expect(outside).toMatch(/\/GsOverprintK gs\n[^]*?\/DeviceCMYK cs\n0 0 0 1 scn\n[^]*?BT/);
    // The QR code: overprint, then its module rectangles filled in 0 0 0 1.
    expect(outside).toMatch(/\/GsOverprintK gs\n(?:[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ re\n){20,}\/DeviceCMYK cs\n0 0 0 1 scn\nf/);
    expect(outside).not.toContain('0 0 0 0.9 scn');
  });

  it('never turns overprint on for white or coloured text, which would vanish or mix into the background', async () => {
    const streams = getInflatedStreams(await read(printFiles.leaflet(TEST_GUIDE))).join('\n');
    const fills = [...streams.matchAll(/\/GsOverprintK gs\n(?:[^]*?)\/DeviceCMYK cs\n([\d. ]+) scn/g)].map((match) => match[1]);
    expect(fills.length).toBeGreaterThan(5);
    expect(new Set(fills)).toEqual(new Set(['0 0 0 1']));
  });

  it('names each font subset by its glyph set: one tag per subset across the kit, the same tag for the same subset', async () => {
    const byTag = new Map<string, string>();
    for (const file of report.files) {
      const bytes = await read(file.path);
      const raw = bytes.toString('latin1');
      const names = [...raw.matchAll(/\/FontName \/([A-Z]{6})\+[\w-]+\n[^]*?\/FontFile2 (\d+) 0 R/g)];
      expect(names.length, file.path).toBeGreaterThan(0);
      for (const [, tag, ref] of names) {
        // The subset itself: the font program stream the descriptor points to.
        const program = new RegExp(`\\n${ref} 0 obj\\n<<[^]*?>>\\nstream\\n([^]*?)\\nendstream`).exec(raw)![1]!;
        const seen = byTag.get(tag!);
        if (seen !== undefined) expect(seen === program, `${file.path}: ${tag} names two different subsets`).toBe(true);
        byTag.set(tag!, program);
      }
      expect(names.some(([, tag]) => tag === 'BZZZZZ'), file.path).toBe(false);
    }
    expect(byTag.size).toBeGreaterThan(report.files.length);
  });
});
