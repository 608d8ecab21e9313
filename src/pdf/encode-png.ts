/**
 * Opaque RGBA pixels as a PNG (ISO/IEC 15948: signature, IHDR, one IDAT, IEND), written with
 * node:zlib in the calling thread. Each row is stored unfiltered (filter type 0) and the rows
 * deflated at zlib level 6: on thumbnails, mostly flat panels and small text, that came out as
 * small as sharp's PNG at its defaults and smaller than Skia's encoder, in the same time.
 * Everything here is synchronous and keeps no state, so the same pixels always give the same
 * bytes; thumbnails encoded through sharp's thread pool came out different now and then in a
 * full build (tests/build/parallel-incremental.integration.test.ts).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour type 6: truecolour with alpha, 8 bits a sample. */
const RGBA = 6;

export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA pixels`);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = RGBA;
  // Compression 0 (deflate), filter method 0, no interlace.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Length, type, data, and the CRC-32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
