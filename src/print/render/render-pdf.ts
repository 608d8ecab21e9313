/**
 * The print kit's only door to pdfkit: turns laid-out pages into PDF bytes. Sets what pdfkit
 * has no option for (TrimBox, BleedBox in each page dictionary), the metadata (title,
 * author, language vi) and fixed dates, so the same content always gives the same bytes:
 * pdfkit derives the file /ID from the Info dictionary, which then holds no clock time.
 */
import PDFDocument from 'pdfkit';
import { fontFiles, type FontWeight } from '../../fonts.ts';
import type { Box, PrintDocument, SheetPage } from '../layout/types.ts';
import { createToUnits, drawElement, type ToUnits } from './draw-element.ts';

export const PRODUCER = 'dvc-kit print kit (pdfkit)';

export async function renderPdf(document: PrintDocument): Promise<Buffer> {
  const date = new Date(`${document.meta.date}T00:00:00Z`);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: 'vi',
    displayTitle: true,
    // Starting on our own font keeps pdfkit from adding an unused Helvetica.
    font: fontFiles.regular,
    info: {
      Title: document.meta.title,
      Author: document.meta.author,
      Subject: document.meta.subject,
      Keywords: document.meta.keywords,
      Creator: 'dvc-kit',
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
  });
  for (const weight of Object.keys(fontFiles) as FontWeight[]) pdf.registerFont(weight, fontFiles[weight]);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const page of document.pages) drawPage(pdf, page);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

function drawPage(pdf: PDFKit.PDFDocument, page: SheetPage): void {
  const u = createToUnits(page.userUnit);
  const width = u(page.media.width);
  const height = u(page.media.height);
  // userUnit is a pdfkit page option (PDF 1.6 /UserUnit) missing from @types/pdfkit.
  pdf.addPage({ size: [width, height], margin: 0, userUnit: page.userUnit } as PDFKit.PDFDocumentOptions);
  const dictionary = (pdf.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  dictionary.TrimBox = toPdfBox(page.trimBox, height, u);
  dictionary.BleedBox = toPdfBox(page.bleedBox, height, u);
  for (const element of page.elements) drawElement(pdf, element, u, page.userUnit);
}

/** A top-left mm box as a PDF rectangle [llx lly urx ury], origin bottom-left. */
function toPdfBox(box: Box, pageHeight: number, u: ToUnits): number[] {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [round(u(box.x)), round(pageHeight - u(box.y + box.height)), round(u(box.x + box.width)), round(pageHeight - u(box.y))];
}
