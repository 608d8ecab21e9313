/**
 * Finishes a PPTX from pptxgenjs so the same content gives the same bytes, and the notes read
 * well:
 * - pptxgenjs stamps docProps/core.xml with the clock (`makeXmlCore`: dcterms:created/modified
 *   = new Date()) and JSZip stamps every entry with the time it was added; both are set to the
 *   content's date (midnight UTC; JSZip writes DOS times from the UTC fields, so the time zone
 *   does not matter). Entries keep their order, deflated, without folder entries (OPC packages
 *   address parts, not folders: ECMA-376 Part 2 §9.2).
 * - pptxgenjs writes speaker notes as one run (`makeXmlNotesSlide`), newlines and all, which
 *   PowerPoint shows as one block; each blank-line-separated paragraph becomes an <a:p>, in
 *   Vietnamese (lang vi-VN, so the notes are spell-checked as such).
 */
import JSZip from 'jszip';

export async function normalisePptx(pptx: Uint8Array, isoDate: string): Promise<Buffer> {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const source = await JSZip.loadAsync(pptx);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      data = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    } else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(entry.name)) {
      data = splitNoteParagraphs(new TextDecoder().decode(data));
    }
    target.file(entry.name, data, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

const RUN_START = '<a:r><a:rPr lang="vi-VN" dirty="0"/><a:t>';

function splitNoteParagraphs(xml: string): string {
  return xml.replace(/<a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r>/, (_, text: string) =>
    text
      .split(/\n{2,}/)
      .map((paragraph) => `${RUN_START}${paragraph.replace(/\s*\n\s*/g, ' ')}</a:t></a:r>`)
      .join('<a:endParaRPr lang="vi-VN" dirty="0"/></a:p><a:p>'),
  );
}
