/** Comparing two renderings of the same page the way a reader would: lightness, at a glance. */
import sharp from 'sharp';

/**
 * Mean absolute difference, 0–255, between two images of the same size, both turned to
 * greyscale and shrunk by `shrink` (each output pixel the mean of a `shrink`×`shrink` block).
 * Greyscale, because a reader tells a page by its light and dark; the box shrink, because two
 * rasterisers may spread a glyph's anti-aliased edge over neighbouring pixels differently and
 * that is not a difference anyone sees, while a block of text or a panel in the wrong place is.
 */
export async function getImageDifference(a: Buffer, b: Buffer, shrink = 2): Promise<number> {
  const [left, right] = await Promise.all([toGrey(a), toGrey(b)]);
  if (left.width !== right.width || left.height !== right.height) {
    throw new Error(`getImageDifference: ${left.width}×${left.height} against ${right.width}×${right.height}`);
  }
  const small = (image: Grey) => shrinkBlocks(image, shrink);
  const [x, y] = [small(left), small(right)];
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i]! - y[i]!);
  return sum / x.length;
}

interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
}

async function toGrey(png: Buffer): Promise<Grey> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Block means; a partial block at the right or bottom edge is dropped. */
function shrinkBlocks({ data, width, height }: Grey, shrink: number): Float64Array {
  const columns = Math.floor(width / shrink);
  const rows = Math.floor(height / shrink);
  const out = new Float64Array(columns * rows);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      let sum = 0;
      for (let dy = 0; dy < shrink; dy++) {
        for (let dx = 0; dx < shrink; dx++) sum += data[(row * shrink + dy) * width + column * shrink + dx]!;
      }
      out[row * columns + column] = sum / (shrink * shrink);
    }
  }
  return out;
}

/** RGB of the pixel at (x, y) of a PNG. */
export async function getPixel(png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 3;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
