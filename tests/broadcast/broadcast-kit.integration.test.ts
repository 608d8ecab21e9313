import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBroadcastKit, type BroadcastReport } from '../../src/broadcast/build-broadcast-kit.ts';
import { getBroadcastCatalogue } from '../../src/broadcast/catalogue.ts';
import { SAMPLE_NOTICE } from '../../src/broadcast/script/sample-notice.ts';
import { TEXT_SEPARATOR } from '../../src/broadcast/script/script-text.ts';

/** What the speaker reads: the .txt below the operator's header. */
const bodyOf = (text: string) => text.split(`${TEXT_SEPARATOR}\n`)[1] ?? '';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { OFFICE_EDITION, type EditionRef } from '../../src/editions/edition.ts';
import { broadcastFiles } from '../../src/paths.ts';
import { copyContent, EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { readPdfText, withPdf } from '../helpers/pdf.ts';

// The example content fixture, built twice into temp folders.
let content: Content;
let first: string;
let second: string;
let report: BroadcastReport;

beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
  first = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-broadcast-'));
  second = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-broadcast-'));
  report = await buildBroadcastKit(content, first);
  await buildBroadcastKit(content, second);
});
afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

describe('the broadcast kit', () => {
  it('writes a .txt and a .pdf for every script in the catalogue, where broadcastFiles says', () => {
    const entries = getBroadcastCatalogue(content);
    const expected = entries.flatMap((entry) => [entry.paths.text, entry.paths.pdf].map((file) => path.join(first, file))).sort();
    expect(report.files.map((file) => file.path).sort()).toEqual(expected);
    expect(report.files.every((file) => file.bytes > 0)).toBe(true);
    const guide = content.guides[0]!.slug;
    expect(report.files.map((file) => file.path)).toContain(path.join(first, broadcastFiles.pdf(guide, 'bai', OFFICE_EDITION)));
  });

  it("writes one for each commune's featured guides", () => {
    for (const commune of content.communes) {
      for (const guide of commune.featured) {
        expect(report.files.map((file) => file.path)).toContain(path.join(first, broadcastFiles.text(guide, 'tin', { kind: 'commune', slug: commune.slug })));
      }
    }
  });

  it('writes the text as UTF-8 in the spoken form, with the station ID first (after any sample notice)', async () => {
    const commune = content.communes[0]!;
    const file = path.join(first, broadcastFiles.text(commune.featured[0]!, 'tin', { kind: 'commune', slug: commune.slug }));
    const text = bodyOf(await readFile(file, 'utf8'));
    // A sample edition opens with the spoken sample notice (tested below), then the station ID.
    const afterNotice = text.startsWith(SAMPLE_NOTICE) ? text.slice(`${SAMPLE_NOTICE}\n\n`.length) : text;
    expect(afterNotice.startsWith(`Đây là ${commune.station}. Kính thưa bà con nhân dân!`)).toBe(true);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('số điện thoại không');
  });

  it('rebuilds byte for byte', async () => {
    for (const file of report.files) {
      const again = await readFile(path.join(second, path.relative(first, file.path)));
      expect(Buffer.compare(await readFile(file.path), again), file.path).toBe(0);
    }
  });

  it('puts the announcer text, section timings and metadata in the PDF', async () => {
    const entry = getBroadcastCatalogue(content).find((item) => item.kind === 'bai')!;
    const data = await readFile(path.join(first, entry.paths.pdf));
    const pages = (await readPdfText(data)).join(' ');
    const squash = (text: string) => text.replace(/\s+/g, '');
    for (const section of entry.script.sections) {
      expect(squash(pages)).toContain(squash(section.label.toUpperCase()));
      for (const paragraph of section.read) expect(squash(pages)).toContain(squash(paragraph));
    }
    expect(pages).toMatch(/\+\d:\d\d/);
    const info = await withPdf(data, async (pdf) => (await pdf.getMetadata()).info as unknown as Record<string, string>);
    expect(info.Title).toBe(`${entry.script.title} – Bài phát thanh`);
    expect(info.Author).toBe(content.site.office);
    expect(info.CreationDate).toMatch(new RegExp(`^D:${entry.reviewed.replace(/-/g, '')}`));
  });

  it('draws no text smaller than 16 pt in the PDF', async () => {
    const entry = getBroadcastCatalogue(content)[0]!;
    const items = await withPdf(await readFile(path.join(first, entry.paths.pdf)), async (pdf) => (await (await pdf.getPage(1)).getTextContent()).items);
    const sizes = items.filter((item) => 'str' in item && item.str.trim()).map((item) => ('transform' in item ? Math.hypot(item.transform[2], item.transform[3]) : 0));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  });
});

describe('sample editions in the broadcast kit', () => {
  it('starts every .txt with the spoken sample notice when site.yaml says sample: true', async () => {
    expect(content.site.sample).toBe(true);
    for (const file of report.files.filter((item) => item.path.endsWith('.txt'))) {
      expect(bodyOf(await readFile(file.path, 'utf8')).startsWith(`${SAMPLE_NOTICE}\n\n`), file.path).toBe(true);
    }
  });

  it('starts only the .txt of a sample commune with it when the office edition is real', async () => {
    // A copy of the example content where the office and one commune are real and the other stays a sample.
    const real = (text: string) => text.replace(/^sample: true$/m, 'sample: false');
    const dir = await copyContent({ 'site.yaml': real, 'communes/trung-hoi.yaml': real }, EXAMPLE_CONTENT);
    const out = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-broadcast-'));
    try {
      const mixed = await loadContent(dir);
      await buildBroadcastKit(mixed, out);
      const cases: [string, EditionRef, boolean][] = [
        ['office', OFFICE_EDITION, false],
        ['trung-hoi', { kind: 'commune', slug: 'trung-hoi' }, false],
        ['phu-dinh', { kind: 'commune', slug: 'phu-dinh' }, true],
      ];
      for (const [name, edition, sample] of cases) {
        const guides = edition.kind === 'office' ? mixed.guides.map((guide) => guide.slug) : mixed.communes.find((commune) => commune.slug === edition.slug)!.featured;
        expect(guides.length, name).toBeGreaterThan(0);
        for (const guide of guides) {
          for (const kind of ['tin', 'bai'] as const) {
            const text = bodyOf(await readFile(path.join(out, broadcastFiles.text(guide, kind, edition)), 'utf8'));
            expect(text.startsWith(SAMPLE_NOTICE), `${name} ${guide} ${kind}`).toBe(sample);
            expect(/^(?:Đây là |Sau đây là )/.test(text.startsWith(SAMPLE_NOTICE) ? text.slice(`${SAMPLE_NOTICE}\n\n`.length) : text), `${name} ${guide} ${kind}`).toBe(true);
          }
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('npm run read-aloud', () => {
  const run = (args: string[], stdin?: string) =>
    new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
      const child = execFile(process.execPath, ['scripts/read-aloud.ts', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
        resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 });
      });
      if (stdin !== undefined) child.stdin?.end(stdin);
      else child.stdin?.end();
    });

  it('prints the spoken form of its argument', async () => {
    const { stdout, stderr, code } = await run(['UBND xã họp ngày 1/7/2025']);
    expect(code).toBe(0);
    expect(stdout).toBe('Ủy ban nhân dân xã họp ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm\n');
    expect(stderr).toBe('');
  });

  it('reads stdin line by line with --south, warnings on stderr', async () => {
    const { stdout, stderr, code } = await run(['--south'], 'Phí 50.000đ\n105 hộ\nHTXNN họp\n');
    expect(code).toBe(0);
    expect(stdout).toBe('Phí năm mươi ngàn đồng\nmột trăm lẻ năm hộ\nHTXNN họp\n');
    expect(stderr).toBe('⚠ dòng 3, ký tự 1–5: Viết tắt "HTXNN" chưa có cách đọc: thêm vào abbreviations trong content/read-aloud.yaml.\n');
  });

  it('fails with the file and field when read-aloud.yaml is invalid', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-lexicon-'));
    try {
      await writeFile(path.join(dir, 'read-aloud.yaml'), 'abbreviations:\n  - written: UBND\n');
      const { stderr, code } = await run(['--content', dir, 'UBND']);
      expect(code).toBe(1);
      expect(stderr).toContain('abbreviations.0.spoken: Thiếu trường `abbreviations.0.spoken`.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
