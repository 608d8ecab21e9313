/**
 * A QR matrix as a small greyscale PNG, for the PPTX (PowerPoint has no vector QR, and a shape
 * per module would make the slide sluggish to edit). Written by hand with node:zlib: signature,
 * IHDR, one IDAT, IEND (PNG spec, W3C 2003, §5 and §11), so the bytes depend on the matrix alone.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Pixels per module: crisp when a projector scales the slide up. */
const PIXELS_PER_MODULE = 8;

export function createQrPng(modules: readonly (readonly boolean[])[]): Buffer {
  const size = modules.length * PIXELS_PER_MODULE;
  // Each module row is one scanline with filter type 0 (none) and then PIXELS_PER_MODULE - 1
  // copies with filter type 2 (up): all zeros, which deflate fast at the default level (level 9
  // on the unfiltered copies took 8 ms a code, a tenth of a deck's build; PNG spec §9.2).
  const repeat = Buffer.alloc(1 + size);
  repeat[0] = 2;
  const rows: Buffer[] = [];
  for (const row of modules) {
    const line = Buffer.alloc(1 + size);
    row.forEach((dark, c) => line.fill(dark ? 0 : 255, 1 + c * PIXELS_PER_MODULE, 1 + (c + 1) * PIXELS_PER_MODULE));
    rows.push(line);
    for (let i = 1; i < PIXELS_PER_MODULE; i++) rows.push(repeat);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
