import JSZip from 'jszip';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../src/meeting/write-zip.ts';

const text = (value: string) => new TextEncoder().encode(value);
const entries = [
  { name: '[Content_Types].xml', data: text('<?xml version="1.0"?><Types>…</Types>'.repeat(40)) },
  { name: 'ppt/slides/slide1.xml', data: text('<p:sld>Đăng ký khai sinh trực tuyến</p:sld>') },
  { name: 'ppt/media/empty.bin', data: new Uint8Array(0) },
  { name: 'ppt/media/noise.bin', data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251) },
];

describe('writeZip', () => {
  it('writes a ZIP that two other readers open, CRCs checked, with every entry as given and in order', async () => {
    const zip = writeZip(entries, new Date(2026, 2, 15, 10, 30, 44));
    const jszip = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(jszip.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      expect(Buffer.from(await jszip.file(entry.name)!.async('uint8array')).equals(Buffer.from(entry.data))).toBe(true);
      // JSZip reads the DOS fields as UTC; seconds are stored halved.
      expect(jszip.file(entry.name)!.date.toISOString()).toBe('2026-03-15T10:30:44.000Z');
    }
    const fflate = unzipSync(zip);
    expect(Object.keys(fflate)).toEqual(entries.map((entry) => entry.name));
    expect(new TextDecoder().decode(fflate['ppt/slides/slide1.xml'])).toBe('<p:sld>Đăng ký khai sinh trực tuyến</p:sld>');
  });

  it('deflates: repeated XML takes a fraction of its size', () => {
    const zip = writeZip([entries[0]!], new Date(2026, 0, 1));
    expect(zip.length).toBeLessThan(entries[0]!.data.length / 4);
  });

  it('gives the same bytes for the same entries and date', () => {
    expect(writeZip(entries, new Date(2026, 0, 1)).equals(writeZip(entries, new Date(2026, 0, 1)))).toBe(true);
  });

  it('refuses a part name that is not plain ASCII, rather than writing one readers would garble', () => {
    expect(() => writeZip([{ name: 'ppt/slides/Đ.xml', data: text('x') }], new Date(2026, 0, 1))).toThrow('is not printable ASCII');
  });
});
