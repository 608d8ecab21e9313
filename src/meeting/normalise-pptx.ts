/**
 * Finishes a PPTX from pptxgenjs so the same content gives the same bytes, and the notes read
 * well:
 * - pptxgenjs stamps docProps/core.xml with the clock (`makeXmlCore`: dcterms:created/modified
 *   = new Date()) and JSZip stamps every entry with the time it was added; both are set to the
 *   content's date. Entries keep their order, deflated, without folder entries (OPC packages
 *   address parts, not folders: ECMA-376 Part 2 §9.2).
 * - pptxgenjs writes speaker notes as one run (`makeXmlNotesSlide`), its newlines turned into
 *   CRLF, which PowerPoint shows as one block; each blank-line-separated paragraph becomes an
 *   <a:p>, in Vietnamese (lang vi-VN, so the notes are spell-checked as such).
 * The package is read with fflate (already under pdfkit) and written by write-zip.ts with Node's
 * zlib: JSZip's pako had been over half of a deck's PPTX time, fflate's deflate a third (issue 13).
 */
import { unzipSync } from 'fflate';
import { writeZip, type ZipEntry } from './write-zip.ts';

export function normalisePptx(pptx: Uint8Array, isoDate: string): Buffer {
  const stamp = new Date(`${isoDate}T00:00:00Z`).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // A zip's DOS time is the writer's local wall clock: local midnight of the date gives the same
  // bytes in every time zone.
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const entries: ZipEntry[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(pptx))) {
    if (name.endsWith('/')) continue;
    let data = bytes;
    if (name === 'docProps/core.xml') {
      data = encode(decode(data).replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
    } else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      data = encode(splitNoteParagraphs(decode(data)));
    }
    entries.push({ name, data });
  }
  return writeZip(entries, mtime);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

const RUN_START = '<a:r><a:rPr lang="vi-VN" dirty="0"/><a:t>';

function splitNoteParagraphs(xml: string): string {
  return xml.replace(/<a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r>/, (_, text: string) =>
    text
      // A blank line may hold spaces; blank lines at either end make no empty paragraph.
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim().replace(/\s*\n\s*/g, ' '))
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => `${RUN_START}${paragraph}</a:t></a:r>`)
      .join('<a:endParaRPr lang="vi-VN" dirty="0"/></a:p><a:p>'),
  );
}
