/**
 * The benchmark's yardstick (issue 13: "a bare pdfkit leaflet of the same size costs about
 * 30 ms"): the same pages, fonts and text lines as a laid-out leaflet, written the way a plain
 * pdfkit script would, with no measuring, fitting, shared caches or print plumbing (fonts
 * registered from their files in every document, each line placed with doc.text, shapes as
 * plain rectangles and circles, a QR code as one square per dark module). Timed in the same
 * run as the real leaflet, it gives a bar that holds on a loaded machine: "leaflet ÷ bare".
 */
import PDFDocument from 'pdfkit';
import { fontFiles, type FontWeight } from '../fonts.ts';
import type { PdfLayout } from '../pdf/elements.ts';
import { mmToPt } from '../pdf/units.ts';

export function renderBareLeaflet(layout: PdfLayout): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, font: fontFiles.regular });
  for (const weight of Object.keys(fontFiles) as FontWeight[]) doc.registerFont(weight, fontFiles[weight]);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of layout.pages) {
    doc.addPage({ size: [mmToPt(page.media.width), mmToPt(page.media.height)], margin: 0 });
    for (const element of page.elements) {
      if (element.type === 'text') {
        doc.font(element.font).fontSize(element.size).fillColor('black');
        for (const line of element.lines) doc.text(line.text, mmToPt(element.x + line.dx), mmToPt(element.y + line.baseline), { lineBreak: false, baseline: 'alphabetic' });
      } else if (element.type === 'rect') {
        doc.rect(mmToPt(element.x), mmToPt(element.y), mmToPt(element.width), mmToPt(element.height)).fill('black');
      } else if (element.type === 'circle') {
        doc.circle(mmToPt(element.cx), mmToPt(element.cy), mmToPt(element.r)).fill('black');
      } else if (element.type === 'qr') {
        const module = element.width / element.modules.length;
        element.modules.forEach((row, r) => row.forEach((dark, c) => {
          if (dark) doc.rect(mmToPt(element.x + c * module), mmToPt(element.y + r * module), mmToPt(module), mmToPt(module));
        }));
        doc.fill('black');
      }
    }
  }
  doc.end();
  return finished;
}
