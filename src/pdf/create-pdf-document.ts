/**
 * The one pdfkit set-up of the print and broadcast kits: our fonts registered by weight,
 * metadata, language, and fixed dates, so the same content always gives the same bytes
 * (pdfkit derives the file /ID from the Info dictionary, which then holds no clock time).
 */
import PDFDocument from 'pdfkit';
import { fontFiles, type FontWeight } from '../fonts.ts';
import { getFont } from './get-font.ts';
import { useSharedLayoutCache } from './share-layout-cache.ts';
import { useHashedSubsetTags } from './subset-tags.ts';

export interface PdfDocumentOptions {
  /** Info dictionary fields; `keywords` is left out of the file when not given. */
  info: { title: string; author: string; subject: string; keywords?: string };
  /** Which part of the kit wrote the file (the Info dictionary's Producer). */
  producer: string;
  /** The content's date, YYYY-MM-DD: CreationDate and ModDate, at midnight UTC. */
  date: string;
  /** Document language (the catalogue's /Lang). Default Vietnamese. */
  lang?: string;
  /** A first page of this size (pt) and margins, added at once; without it the caller adds every page. */
  firstPage?: { size: [number, number]; margins: { top: number; bottom: number; left: number; right: number } };
  /** Keep every page open for switchToPage, e.g. for footers drawn once all pages exist. */
  bufferPages?: boolean;
}

export interface PdfDocumentHandle {
  /** Fonts are registered under their weight: `doc.font('bold')`. */
  doc: PDFKit.PDFDocument;
  /** The file's bytes, once the caller has called `doc.end()`. */
  finished: Promise<Buffer>;
}

/**
 * pdfkit 0.20 takes a fontkit Font wherever it takes a font file (PDFFontFactory.open); its
 * types (@types/pdfkit) predate that and list only paths and buffers.
 */
function getFontSource(weight: FontWeight): PDFKit.Mixins.PDFFontSource {
  return getFont(weight) as unknown as PDFKit.Mixins.PDFFontSource;
}

export function createPdfDocument(options: PdfDocumentOptions): PdfDocumentHandle {
  const date = new Date(`${options.date}T00:00:00Z`);
  const { title, author, subject, keywords } = options.info;
  const doc = new PDFDocument({
    ...(options.firstPage ? { size: options.firstPage.size, margins: options.firstPage.margins } : {}),
    ...(options.bufferPages ? { bufferPages: true } : {}),
    autoFirstPage: options.firstPage !== undefined,
    pdfVersion: '1.7',
    lang: options.lang ?? 'vi',
    displayTitle: true,
    // Starting on our own font keeps pdfkit from adding an unused Helvetica.
    font: getFontSource('regular') as string,
    info: {
      Title: title,
      Author: author,
      Subject: subject,
      ...(keywords === undefined ? {} : { Keywords: keywords }),
      Creator: 'dvc-kit',
      Producer: options.producer,
      CreationDate: date,
      ModDate: date,
    },
  });
  for (const weight of Object.keys(fontFiles) as FontWeight[]) doc.registerFont(weight, getFontSource(weight));
  useHashedSubsetTags(doc);
  useSharedLayoutCache(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}
