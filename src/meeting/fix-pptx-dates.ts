/**
 * Makes a PPTX byte-identical for the same content. pptxgenjs stamps docProps/core.xml with the
 * clock (`makeXmlCore`: dcterms:created/modified = new Date()) and JSZip stamps every entry with
 * the time it was added; both are set here to the guide's `reviewed` date (midnight UTC; JSZip
 * writes DOS times from the UTC fields, so the time zone does not matter). The archive is
 * rewritten with the same entries in the same order, deflated, without folder entries (OPC
 * packages address parts, not folders: ECMA-376 Part 2 §9.2).
 */
import JSZip from 'jszip';

export async function fixPptxDates(pptx: Uint8Array, isoDate: string): Promise<Buffer> {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const source = await JSZip.loadAsync(pptx);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      data = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    }
    target.file(entry.name, data, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
