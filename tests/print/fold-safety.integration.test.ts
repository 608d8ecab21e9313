/**
 * No glyph crosses a fold or leaves the safe area (DESIGN.md "Print geometry": ≥ 5 mm from
 * the trim and from each fold), even when every text field holds an e-mail address and a
 * dossier code: tokens with no spaces that used to run silently onto the next panel.
 * Built to PDF and read back with pdfjs text positions, so what is checked is what prints.
 */
import { rm } from 'node:fs/promises';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { splitFrontmatter } from '../../src/content/read-source.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { LEAFLET } from '../../src/print/formats.ts';
import { resolveLeafletPanels, type LeafletSide } from '../../src/print/layout/resolve-leaflet-panels.ts';
import { getSlugMargin } from '../../src/print/layout/resolve-sheet.ts';
import { PRINT_PRODUCER } from '../../src/print/kit.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { copyContent } from '../helpers/fixture-content.ts';
import { withPdf } from '../helpers/pdf.ts';
import { DOSSIER_CODE, EMAIL, TOKENS } from '../fixtures/print-unbreakable/tokens.ts';

const GUIDE = 'tai-khoan-vneid';
/** Free-text fields of a guide (not slugs, enums, dates or addresses of sources). */
const TEXT_FIELDS = ['title', 'summary', 'audience', 'fee', 'processingTime', 'result', 'help'];
const PT_TO_MM = 25.4 / 72;

function addTokens(frontmatter: Record<string, unknown>) {
  for (const field of TEXT_FIELDS) frontmatter[field] = `${String(frontmatter[field])} ${TOKENS}`;
  // A slogan is at most 60 characters (it must fit a banner): the code alone.
  frontmatter.slogan = `Tra cứu ${DOSSIER_CODE}`;
  frontmatter.before = (frontmatter.before as string[]).map((item) => `${item} ${TOKENS}`);
  frontmatter.steps = (frontmatter.steps as { title: string; detail: string }[]).map((step) => ({ title: `${step.title} ${DOSSIER_CODE}`, detail: `${step.detail} ${TOKENS}` }));
}

let dir: string;
let content: Content;
beforeAll(async () => {
  dir = await copyContent({
    [`guides/${GUIDE}.mdx`]: (source) => {
      const { frontmatter, body } = splitFrontmatter(source, GUIDE);
      addTokens(frontmatter as Record<string, unknown>);
      return `---\n${stringify(frontmatter)}---\n${body}`;
    },
    'communes/xa-thu.yaml': (source) => source.replace('address: Trụ sở xã Thử', `address: Trụ sở xã Thử ${TOKENS}`).replace('contact: Tổ công nghệ số cộng đồng xã Thử', `contact: Tổ công nghệ số ${EMAIL}`),
  });
  content = await loadContent(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  text: string;
  /** Left and right of the run, and its baseline, in trim mm from the top-left. */
  left: number;
  right: number;
  baseline: number;
}

async function readRuns(bytes: Uint8Array, margin: number): Promise<Run[][]> {
  return withPdf(bytes, async (pdf) => {
    const pages: Run[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const height = page.view[3]! - page.view[1]!;
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
      pages.push(items.map((item) => ({ text: item.str, left: item.transform[4] * PT_TO_MM - margin, right: (item.transform[4] + item.width) * PT_TO_MM - margin, baseline: (height - item.transform[5]) * PT_TO_MM - margin })));
    }
    return pages;
  });
}

describe('text on a leaflet with e-mail addresses and dossier codes in every field', () => {
  it('keeps every glyph inside the safe area of one panel, clear of the folds and the trim', async () => {
    const leaflets = getEditions(content).flatMap((edition) => getPrintFiles(content, edition).filter((entry) => entry.job.kind === 'leaflet' && !entry.job.mono && entry.title.startsWith('Đăng ký tài khoản')).map((entry) => ({ edition, entry })));
    expect(leaflets.length).toBe(2);
    const sides: LeafletSide[] = ['outside', 'inside'];
    for (const { edition, entry } of leaflets) {
      const pdf = await renderPdf(resolvePrintJob(getTextMeasurer(), content, entry.job, edition), PRINT_PRODUCER);
      const pages = await readRuns(pdf, getSlugMargin(LEAFLET));
      const all = pages.flat().map((run) => run.text).join(' ');
      expect(all, entry.path).toContain('H45-');
      expect(all, entry.path).toContain('@thainguyen');
      pages.forEach((runs, i) => {
        const panels = resolveLeafletPanels(sides[i]!);
        for (const run of runs) {
          const panel = panels.find((candidate) => run.left >= candidate.safe.x - 0.05 && run.left < candidate.safe.x + candidate.safe.width);
          const where = `${entry.path} ${sides[i]} "${run.text}" at ${run.left.toFixed(1)}–${run.right.toFixed(1)} mm`;
          expect(panel, where).toBeDefined();
          expect(run.right, where).toBeLessThanOrEqual(panel!.safe.x + panel!.safe.width + 0.05);
          expect(run.baseline, where).toBeGreaterThan(panel!.safe.y);
          expect(run.baseline, where).toBeLessThanOrEqual(panel!.safe.y + panel!.safe.height + 0.05);
        }
      });
    }
  });
});
