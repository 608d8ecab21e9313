/**
 * Slides → editable PowerPoint with pptxgenjs: the layout's boxes in inches, each text box
 * holding its paragraph (PowerPoint rewraps it when the presenter edits), the QR code as a PNG,
 * speaker notes on every slide. Decides nothing: every position and size comes from the layout.
 */
import PptxGenJS from 'pptxgenjs';
import { colours } from '../tokens.ts';
import { MM_PER_INCH, SLIDE } from './formats.ts';
import { createQrPng } from './create-qr-png.ts';
import { normalisePptx } from './normalise-pptx.ts';
import type { SlideDeck, SlideElement } from './slide-elements.ts';

/** The font the layout measured with; a machine without it substitutes a narrower sans, which still fits the boxes. */
const FONT_FACE = 'Be Vietnam Pro';

const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;
const hex = (name: keyof typeof colours) => colours[name].rgb.slice(1).toUpperCase();

export async function renderDeckPptx(deck: SlideDeck, speakerNotes: readonly string[]): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  pptx.company = deck.author;
  pptx.subject = deck.subject;
  pptx.revision = '1';
  deck.slides.forEach((laid, index) => {
    const slide = pptx.addSlide();
    slide.background = { color: hex('paper') };
    laid.elements.forEach((element, n) => drawElement(slide, element, `${index + 1}-${n + 1}`));
    const notes = speakerNotes[index];
    if (notes) slide.addNotes(notes);
  });
  // Stored, not deflated: normalisePptx reads every entry back and deflates it once, so a first
  // deflate here (pure-JS pako, a fresh 300 KB state per entry) would be thrown away.
  const bytes = (await pptx.stream({ compression: false })) as Uint8Array;
  return normalisePptx(bytes, deck.date);
}

function drawElement(slide: PptxGenJS.Slide, element: SlideElement, id: string): void {
  switch (element.type) {
    case 'text':
      slide.addText(element.paragraph, {
        x: inch(element.x),
        y: inch(element.y),
        w: inch(element.width),
        h: inch(element.height),
        fontFace: FONT_FACE,
        fontSize: element.size,
        bold: element.font !== 'regular',
        color: hex(element.colour),
        align: element.align,
        valign: 'top',
        margin: 0,
        // Exact line spacing, as the PDF sets it: PowerPoint's "multiple" depends on the font.
        lineSpacing: Math.round(element.size * SLIDE.leading * 100) / 100,
        fit: 'none',
        lang: 'vi-VN',
        wrap: true,
        objectName: `${element.role} ${id}`,
      });
      break;
    case 'rect':
      slide.addShape('rect', { x: inch(element.x), y: inch(element.y), w: inch(element.width), h: inch(element.height), fill: { color: hex(element.fill) }, line: { type: 'none' }, objectName: `rect ${id}` });
      break;
    case 'circle':
      slide.addShape('ellipse', { x: inch(element.cx - element.r), y: inch(element.cy - element.r), w: inch(2 * element.r), h: inch(2 * element.r), fill: { color: hex(element.fill) }, line: { type: 'none' }, objectName: `circle ${id}` });
      break;
    case 'qr':
      slide.addImage({ data: `image/png;base64,${createQrPng(element.modules).toString('base64')}`, x: inch(element.x), y: inch(element.y), w: inch(element.width), h: inch(element.height), altText: element.url, objectName: `qr ${id}` });
      break;
  }
}
