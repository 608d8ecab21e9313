import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { afterEach, describe, expect, it } from 'vitest';
import { normalisePptx } from '../../src/meeting/normalise-pptx.ts';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

async function makePptx(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const slide = pptx.addSlide();
  slide.addText('Đăng ký khai sinh', { x: 1, y: 1, w: 4, h: 1 });
  slide.addNotes('Đoạn một.\n\nĐoạn hai,\nvẫn đoạn hai.');
  return (await pptx.stream({ compression: false })) as Uint8Array;
}

describe('normalisePptx', () => {
  it('gives the same bytes for the same deck made at another time, in any time zone', async () => {
    const first = await makePptx();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await makePptx();
    // pptxgenjs stamps the clock, so the raw packages differ.
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    process.env.TZ = 'UTC';
    const utc = normalisePptx(first, '2026-03-15');
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const hanoi = normalisePptx(second, '2026-03-15');
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = normalisePptx(first, '2026-03-15');
    expect(hanoi.equals(utc)).toBe(true);
    expect(losAngeles.equals(utc)).toBe(true);
    // Every entry is dated the content's day (JSZip reads a zip's DOS time as UTC fields).
    const zip = await JSZip.loadAsync(utc);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(Object.values(zip.files).some((entry) => entry.dir)).toBe(false);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-15T00:00:00Z</dcterms:modified>');
  });

  it('keeps the parts in order and splits speaker notes into Vietnamese paragraphs', async () => {
    const raw = await makePptx();
    const source = await JSZip.loadAsync(raw);
    const zip = await JSZip.loadAsync(normalisePptx(raw, '2026-03-15'));
    expect(Object.keys(zip.files)).toEqual(Object.keys(source.files).filter((name) => !name.endsWith('/')));
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('<a:t>Đoạn một.</a:t>');
    expect(notes).toContain('<a:t>Đoạn hai, vẫn đoạn hai.</a:t>');
    expect(notes).not.toContain('lang="en-US" dirty="0"/><a:t>Đoạn');
  });

  it('treats a blank line of spaces as a break, and makes no empty paragraph of blank lines at the ends', async () => {
    const pptx = new PptxGenJS();
    pptx.addSlide().addNotes('\n\nMột & hai.\n  \nBa "bốn".\n\n\n\nNăm.\n\n');
    const zip = await JSZip.loadAsync(normalisePptx((await pptx.stream({ compression: false })) as Uint8Array, '2026-03-15'));
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    const runs = [...notes.matchAll(/<a:r><a:rPr lang="vi-VN" dirty="0"\/><a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]);
    expect(runs).toEqual(['Một &amp; hai.', 'Ba &quot;bốn&quot;.', 'Năm.']);
  });
});
