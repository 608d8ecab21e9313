/**
 * Page thumbnails rendered from the PDF bytes with pdfjs-dist and @napi-rs/canvas: how the
 * kits made them before they were drawn from the layout (src/pdf/draw-thumbnail.ts, about a
 * sixth of the time). Kept as the reference a PDF viewer gives: the thumbnail test holds the
 * drawn thumbnails against it, and `npm run bench` times both in the same loop. Each shows the
 * trimmed page, as the reader will hold it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Box } from '../pdf/elements.ts';
import { mmToPt } from '../pdf/units.ts';

interface CanvasFactory {
  create(width: number, height: number): { canvas: { toBuffer(mime: 'image/png'): Buffer } };
}

/** Renders each page's trim box (mm on the media) to a PNG of the given pixel size. */
export async function renderPdfjsThumbnails(pdf: Uint8Array, pages: readonly { trimBox: Box; width: number; height: number }[]): Promise<Buffer[]> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const images: Buffer[] = [];
    for (let index = 0; index < document.numPages; index++) {
      const wanted = pages[index];
      if (!wanted) throw new Error(`renderThumbnails: no size given for page ${index + 1}`);
      const { trimBox: trim, width, height } = wanted;
      const page = await document.getPage(index + 1);
      // pdfjs applies /UserUnit itself, so its scale-1 viewport is in real points.
      const scale = width / mmToPt(trim.width);
      const viewport = page.getViewport({ scale, offsetX: -mmToPt(trim.x) * scale, offsetY: -mmToPt(trim.y) * scale });
      // pdfjs's own Node canvas factory (@napi-rs/canvas, its dependency) makes the canvas.
      const { canvas } = (document as unknown as { canvasFactory: CanvasFactory }).canvasFactory.create(width, height);
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
      images.push(canvas.toBuffer('image/png'));
      page.cleanup();
    }
    return images;
  } finally {
    await document.destroy();
  }
}
