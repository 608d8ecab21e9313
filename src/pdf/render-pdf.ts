/**
 * Turns laid-out pages (boxes from a pure layout step) into PDF bytes: the kits' one door to
 * pdfkit for laid-out documents. Sets what pdfkit has no option for (TrimBox, BleedBox in each
 * page dictionary); metadata and fixed dates come from createPdfDocument.
 */
import type { Box, PdfLayout, PdfPage } from './elements.ts';
import { createPdfDocument } from './create-pdf-document.ts';
import { createToUnits, drawElement, type ToUnits } from './draw-element.ts';

/** `producer`: which kit wrote the file (the Info dictionary's Producer). */
export async function renderPdf(document: PdfLayout, producer: string): Promise<Buffer> {
  const { meta } = document;
  const { doc, finished } = createPdfDocument({
    info: { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords },
    producer,
    date: meta.date,
  });
  for (const page of document.pages) drawPage(doc, page);
  doc.end();
  return finished;
}

function drawPage(pdf: PDFKit.PDFDocument, page: PdfPage): void {
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
