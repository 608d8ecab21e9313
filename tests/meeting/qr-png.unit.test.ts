import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createQrPng } from '../../src/meeting/create-qr-png.ts';
import { createQrCode } from '../../src/pdf/qr.ts';

const site = { url: 'https://thu-nghiem.example.gov.vn', linkAllowlist: [] };

describe('QR code as PNG for PowerPoint', () => {
  it('is a valid greyscale PNG whose pixels are the code’s modules, 8 px each', async () => {
    const qr = createQrCode('https://thu-nghiem.example.gov.vn/huong-dan/tra-cuu-ho-so/', site, { file: 'site.yaml', field: 'url' });
    const png = createQrPng(qr.modules);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('ascii', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data });
      at += 12 + length;
    }
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const size = qr.modules.length * 8;
    expect(chunks[0]!.data.readUInt32BE(0)).toBe(size);
    // Decoded by libvips (sharp), an independent PNG reader, so the filters are undone as any viewer does.
    const metadata = await sharp(png).metadata();
    expect([metadata.width, metadata.height, metadata.channels, metadata.space]).toEqual([size, size, 1, 'b-w']);
    const pixels = await sharp(png).extractChannel(0).raw().toBuffer();
    qr.modules.forEach((row, r) =>
      row.forEach((dark, c) => {
        for (const [dy, dx] of [[0, 0], [7, 7], [4, 2]] as const) expect(pixels[(r * 8 + dy) * size + c * 8 + dx]).toBe(dark ? 0 : 255);
      }),
    );
  });
});
