import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/pdf/encode-png.ts';

/** A 7×5 image with a different colour in every pixel, so a row or channel out of place shows. */
function createPixels(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) pixels.set([(i * 37) % 256, (i * 91) % 256, (i * 13 + 50) % 256, 255], i * 4);
  return pixels;
}

describe('encodePng', () => {
  it('writes a PNG that another decoder (sharp) reads back as the same pixels', async () => {
    const pixels = createPixels(7, 5);
    const { data, info } = await sharp(encodePng(pixels, 7, 5)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([7, 5, 4]);
    expect(Buffer.from(data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('gives the same bytes for the same pixels', () => {
    expect(encodePng(createPixels(7, 5), 7, 5).equals(encodePng(createPixels(7, 5), 7, 5))).toBe(true);
  });

  it('refuses pixels that do not fill the stated size', () => {
    expect(() => encodePng(createPixels(7, 5), 7, 6)).toThrow('140 bytes for 7×6 RGBA pixels');
  });
});
