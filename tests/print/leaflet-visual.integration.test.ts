import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { printFiles } from '../../src/paths.ts';
import { buildPrintKit } from '../../src/print/build-print-kit.ts';
import { FOLD_OVERRUN } from '../../src/print/formats.ts';
import { makeTempDir, TEST_GUIDE } from './fixtures.ts';
import { colourAt, renderPage, withPdf, type Pixels } from '../helpers/pdf.ts';

/**
 * Renders the leaflet to PNG (kept in .vitest-out/print/ for a person to look at) and checks
 * what a reviewer would: the panels sit where the folds are, and the folds and trim margins
 * carry no ink. pdfjs turns CMYK into RGB its own way, so colours are compared loosely.
 */
const PX_PER_MM = 4;
const TRIM = 8;
let dist: string;
let outside: Pixels;
let inside: Pixels;

beforeAll(async () => {
  const content = await loadContent(EXAMPLE_CONTENT);
  dist = await makeTempDir('visual');
  await buildPrintKit(content, dist, () => {}, { filter: (entry) => entry.path === printFiles.leaflet(TEST_GUIDE), thumbnails: false });
  await mkdir('.vitest-out/print', { recursive: true });
  await withPdf(await readFile(path.join(dist, printFiles.leaflet(TEST_GUIDE))), async (pdf) => {
    outside = await renderPage(pdf, 1, PX_PER_MM);
    inside = await renderPage(pdf, 2, PX_PER_MM);
    await writeFile('.vitest-out/print/leaflet-outside.png', outside.png());
    await writeFile('.vitest-out/print/leaflet-inside.png', inside.png());
  });
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

const isRed = ([r, g, b]: number[]) => r! > 120 && g! < 80 && b! < 80;
const isWhite = ([r, g, b]: number[]) => r! > 245 && g! > 245 && b! > 245;
const isTint = ([r, g, b]: number[]) => r! > 240 && g! > 225 && b! > 180 && b! < 240;

/** Every pixel in a vertical strip (mm from the left trim, full trim height) has one of the given background colours. */
function stripIsBlank(pixels: Pixels, from: number, to: number, backgrounds: ((rgb: number[]) => boolean)[]): boolean {
  for (let x = from; x <= to; x += 0.25) {
    for (let y = 0.5; y < 210; y += 0.25) {
      const rgb = colourAt(pixels, PX_PER_MM, TRIM + x, TRIM + y);
      if (!backgrounds.some((test) => test(rgb))) return false;
    }
  }
  return true;
}

describe('leaflet rendered to PNG', () => {
  it('renders the outside at the media size', () => {
    expect([outside.width, outside.height]).toEqual([Math.ceil(313 * PX_PER_MM), Math.ceil(226 * PX_PER_MM)]);
  });

  it('has the tinted flap, white back cover and red front cover between the outside folds', () => {
    expect(isTint(colourAt(outside, PX_PER_MM, TRIM + 2, TRIM + 2))).toBe(true);
    expect(isWhite(colourAt(outside, PX_PER_MM, TRIM + 99, TRIM + 2))).toBe(true);
    expect(isRed(colourAt(outside, PX_PER_MM, TRIM + 199, TRIM + 2))).toBe(true);
    expect(isTint(colourAt(outside, PX_PER_MM, TRIM + 96, TRIM + 100))).toBe(true);
    expect(isWhite(colourAt(outside, PX_PER_MM, TRIM + 99, TRIM + 100))).toBe(true);
    expect(isRed(colourAt(outside, PX_PER_MM, TRIM + 198, TRIM + 100))).toBe(true);
  });

  it(`runs the tint and the red ${FOLD_OVERRUN} mm past their folds under the back cover, so a drifting fold shows no hairline`, () => {
    expect(stripIsBlank(outside, 97.2, 97 + FOLD_OVERRUN - 0.3, [isTint])).toBe(true);
    expect(stripIsBlank(outside, 197 - FOLD_OVERRUN + 0.3, 196.8, [isRed])).toBe(true);
  });

  it('prints no ink within the 5 mm safe margins around the outside folds and trim', () => {
    expect(stripIsBlank(outside, 0.5, 4.5, [isTint])).toBe(true);
    expect(stripIsBlank(outside, 92.5, 96.5, [isTint])).toBe(true);
    expect(stripIsBlank(outside, 97 + FOLD_OVERRUN + 0.3, 101.5, [isWhite])).toBe(true);
    expect(stripIsBlank(outside, 192.5, 197 - FOLD_OVERRUN - 0.3, [isWhite])).toBe(true);
    expect(stripIsBlank(outside, 197.5, 201.5, [isRed])).toBe(true);
    expect(stripIsBlank(outside, 292.5, 296.5, [isRed])).toBe(true);
  });

  it('prints no ink within the 5 mm safe margins around the inside folds at 100 and 200 mm', () => {
    for (const [from, to] of [[0.5, 4.5], [95.5, 104.5], [195.5, 204.5], [292.5, 296.5]] as const) {
      expect(stripIsBlank(inside, from, to, [isWhite]), `${from}–${to} mm`).toBe(true);
    }
  });

  it('has ink (text) in each inside panel', () => {
    expect(stripIsBlank(inside, 5.5, 94.5, [isWhite])).toBe(false);
    expect(stripIsBlank(inside, 105.5, 194.5, [isWhite])).toBe(false);
    expect(stripIsBlank(inside, 205.5, 291.5, [isWhite])).toBe(false);
  });
});
