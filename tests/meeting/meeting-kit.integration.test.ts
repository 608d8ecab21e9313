import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKit } from '../../src/build/run-kit.ts';
import { loadContent, type Content, type Guide } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { t } from '../../src/i18n/t.ts';
import { createGuideDeck } from '../../src/meeting/create-decks.ts';
import { SLIDE } from '../../src/meeting/formats.ts';
import { meetingKit } from '../../src/meeting/kit.ts';
import { getMeetingFiles } from '../../src/meeting/meeting-catalogue.ts';
import { MEETING_REPORT_FIELDS, MEETING_SIGN_IN_COLUMNS } from '../../src/meeting/sign-in-columns.ts';
import { absoluteUrl, meetingFiles, routes } from '../../src/paths.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { QR_QUIET_ZONE } from '../../src/pdf/qr.ts';
import { copyContent } from '../helpers/fixture-content.ts';
import { convertToPdf } from '../helpers/libreoffice.ts';
import { decodeQrIn, normalise, readPdfText, renderPage, withPdf } from '../helpers/pdf.ts';

const GUIDE = 'dang-ky-khai-sinh';
const COMMUNE = { kind: 'commune', slug: 'xa-thu' } as const;
let content: Content;
let guide: Guide;
let contentDir: string;
let dist: string;
let again: string;
const read = (site: string, dir = dist) => readFile(path.join(dir, site));
/** Whitespace-free text: LibreOffice breaks lines where its substitute font needs to. */
const squash = (text: string) => normalise(text).replace(/\s+/g, '');

async function readSlidesXml(pptx: Buffer, folder = 'slides'): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((name) => new RegExp(`^ppt/${folder}/[a-zA-Z]+\\d+\\.xml$`).test(name));
  names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map((name) => zip.file(name)!.async('string')));
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)])));
  return files.flat().sort();
}

beforeAll(async () => {
  // The fixture commune as a sample edition, so one build shows both: office (not sample) and commune (MẪU).
  contentDir = await copyContent({ 'communes/xa-thu.yaml': (text) => `${text}\nsample: true\n` });
  content = await loadContent(contentDir);
  guide = content.guides.find((entry) => entry.slug === GUIDE)!;
  dist = await mkdtemp(path.join(os.tmpdir(), 'dvc-meeting-'));
  again = await mkdtemp(path.join(os.tmpdir(), 'dvc-meeting-again-'));
  await runKit(meetingKit, content, dist);
  await runKit(meetingKit, content, again);
});

afterAll(async () => {
  for (const dir of [dist, again, contentDir]) await rm(dir, { recursive: true, force: true });
});

describe('meeting kit build', () => {
  it('writes every catalogue file, with a PPTX beside each deck PDF and a thumbnail for each PDF', async () => {
    const written = new Set(await listFiles(dist));
    const entries = getEditions(content).flatMap((edition) => getMeetingFiles(content, edition));
    expect(entries.map((entry) => entry.kind).sort()).toEqual(expect.arrayContaining(['combined', 'deck', 'handout', 'pack']));
    for (const entry of entries) {
      for (const site of [entry.pdf, entry.pptx, entry.thumbnail.path].filter((value): value is string => value !== undefined)) expect(written).toContain(site.slice(1));
    }
  });

  it('builds byte-identical files twice, with the PPTX dates set from the guide’s review date', async () => {
    const first = await listFiles(dist);
    expect(await listFiles(again)).toEqual(first);
    for (const file of first) expect((await read(file, again)).equals(await read(file)), file).toBe(true);
    const zip = await JSZip.loadAsync(await read(meetingFiles.deck(GUIDE, 'pptx')));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${guide.reviewed}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${guide.reviewed}T00:00:00Z</dcterms:modified>`);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe(`${guide.reviewed}T00:00:00.000Z`);
  });

  it('makes PPTX files that LibreOffice opens, holding the guide’s title and every step title', async () => {
    const decks = [meetingFiles.deck(GUIDE, 'pptx'), meetingFiles.deck(GUIDE, 'pptx', COMMUNE), meetingFiles.combinedDeck(COMMUNE.slug, 'pptx')];
    const out = await mkdtemp(path.join(os.tmpdir(), 'dvc-meeting-lo-'));
    try {
      // The decks share base names across folders: copied under names of their own, all three are
      // converted by one LibreOffice start (some 2.5 s each).
      const copies = await Promise.all(decks.map(async (deck, i) => {
        const copy = path.join(out, `${i}.pptx`);
        await copyFile(path.join(dist, deck), copy);
        return copy;
      }));
      const converted = await convertToPdf(copies, path.join(out, 'pdf'));
      const expectedGuides = [[guide], [guide], getEditions(content)[1]!.guides.map((slug) => content.guides.find((entry) => entry.slug === slug)!)];
      for (const [i, pdf] of converted.entries()) {
        const pages = await readPdfText(await readFile(pdf));
        const slides = await readSlidesXml(await read(decks[i]!));
        expect(pages).toHaveLength(slides.length);
        const text = squash(pages.join(' '));
        for (const expected of expectedGuides[i]!) {
          expect(text).toContain(squash(expected.title));
          for (const step of expected.steps) expect(text).toContain(squash(step.title));
        }
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('sets no PPTX text under 28 pt, and no slide title under 40 pt', async () => {
    const decks = (await listFiles(dist)).filter((file) => file.endsWith('.pptx'));
    expect(decks.length).toBeGreaterThan(3);
    for (const deck of decks) {
      for (const xml of await readSlidesXml(await read(deck))) {
        const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((match) => match[1]!);
        for (const shape of shapes.filter((body) => body.includes('<a:t>'))) {
          const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(shape)![1]!;
          const runs = [...shape.matchAll(/<a:rPr\b[^>]*>/g)].map((match) => match[0]);
          expect(runs.length).toBeGreaterThan(0);
          for (const run of runs) {
            // A run without sz would fall back to the master's 18 pt.
            const size = Number(/\bsz="(\d+)"/.exec(run)?.[1] ?? 0) / 100;
            expect(size, `${deck} ${name}`).toBeGreaterThanOrEqual(name.startsWith('title') ? SLIDE.minTitlePt : SLIDE.minBodyPt);
          }
        }
      }
    }
  });

  it('marks every slide and page of a sample edition MẪU, and no file of a real one', async () => {
    for (const deck of [meetingFiles.deck(GUIDE, 'pptx', COMMUNE), meetingFiles.combinedDeck(COMMUNE.slug, 'pptx')]) {
      for (const xml of await readSlidesXml(await read(deck))) expect(xml).toContain('<a:t>MẪU</a:t>');
    }
    for (const pdf of [meetingFiles.deck(GUIDE, 'pdf', COMMUNE), meetingFiles.handout(GUIDE, COMMUNE), meetingFiles.pack(COMMUNE.slug)]) {
      for (const page of await readPdfText(await read(pdf))) expect(page).toContain('MẪU');
    }
    for (const pdf of [meetingFiles.deck(GUIDE, 'pdf'), meetingFiles.handout(GUIDE)]) {
      for (const page of await readPdfText(await read(pdf))) expect(page).not.toContain('MẪU');
    }
  });

  it('writes speaker notes on every slide, with numbers as spoken words', async () => {
    const notes = await readSlidesXml(await read(meetingFiles.deck(GUIDE, 'pptx')), 'notesSlides');
    const texts = notes.map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).slice(0, -1).join(' '));
    for (const text of texts) expect(text.length).toBeGreaterThan(10);
    const all = texts.join(' ');
    expect(all).toContain('Bước một: Đăng nhập');
    // "Khoảng 3 ngày làm việc." in the fixture guide.
    expect(all).toContain('Thời gian: Khoảng ba ngày làm việc.');
    expect(notes[0]).toContain('lang="vi-VN"');
    // A slide's notes of several paragraphs keep them apart (pptxgenjs writes one run with CRLFs).
    expect(notes.some((xml) => (xml.match(/<a:p><a:r><a:rPr lang="vi-VN"/g) ?? []).length > 1)).toBe(true);
    expect(notes.join('')).not.toMatch(/<a:t>[^<]*\r/);
  });

  it('makes deck PDFs whose pages match the PPTX slides and hold every step title', async () => {
    const pages = await readPdfText(await read(meetingFiles.deck(GUIDE, 'pdf')));
    const slides = await readSlidesXml(await read(meetingFiles.deck(GUIDE, 'pptx')));
    expect(pages).toHaveLength(slides.length);
    const text = normalise(pages.join(' '));
    expect(text).toContain(normalise(guide.title));
    for (const step of guide.steps) expect(text).toContain(normalise(step.title));
    // Pitfalls come from the body's sections.
    expect(text).toContain('Ảnh giấy chứng sinh bị mờ.');
  });

  it('puts a QR code on the last slide that leads to the guide page', async () => {
    const deck = createGuideDeck(getTextMeasurer(), content, getEditions(content)[0]!, guide);
    const qr = deck.slides.at(-1)!.elements.find((element) => element.type === 'qr')!;
    expect(qr.type === 'qr' && qr.url).toBe(absoluteUrl(content.site.url, routes.guide(GUIDE)));
    const pxPerMm = 6;
    await withPdf(await read(meetingFiles.deck(GUIDE, 'pdf')), async (pdf) => {
      const pixels = await renderPage(pdf, pdf.numPages, pxPerMm);
      const quiet = (QR_QUIET_ZONE * qr.width) / (qr.type === 'qr' ? qr.modules.length : 1);
      expect(decodeQrIn(pixels, pxPerMm, { x: qr.x - quiet, y: qr.y - quiet, width: qr.width + 2 * quiet, height: qr.height + 2 * quiet })).toBe(absoluteUrl(content.site.url, routes.guide(GUIDE)));
    });
  });

  it('makes a handout with the steps to tick, the documents, the contacts and the review date', async () => {
    const text = normalise((await readPdfText(await read(meetingFiles.handout(GUIDE, COMMUNE)))).join(' '));
    expect(text).toContain(normalise(guide.title));
    guide.steps.forEach((step, i) => expect(text).toContain(normalise(`${i + 1}. ${step.title}`)));
    for (const document of guide.documents) expect(text).toContain(normalise(document));
    for (const contact of getEditions(content)[1]!.contacts) expect(text).toContain(contact.phone.text);
    expect(text).toContain('Cập nhật ngày 20/11/2026');
  });

  it('makes a meeting pack with the agenda, the sign-in columns the results read, and the report form', async () => {
    const pages = (await readPdfText(await read(meetingFiles.pack(COMMUNE.slug)))).map(normalise);
    expect(pages).toHaveLength(3);
    for (const slug of getEditions(content)[1]!.guides) expect(pages[0]).toContain(normalise(content.guides.find((entry) => entry.slug === slug)!.title));
    expect(MEETING_SIGN_IN_COLUMNS.map((column) => column.id)).toEqual(['ho_ten', 'thon_xom', 'vneid_muc_2', 'can_giup_nop_ho_so']);
    for (const column of MEETING_SIGN_IN_COLUMNS) expect(pages[1]).toContain(normalise(t(column.label)));
    for (const field of MEETING_REPORT_FIELDS) expect(pages[2]).toContain(normalise(t(field.label)));
  });
});
