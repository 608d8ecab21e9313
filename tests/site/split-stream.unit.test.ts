import { describe, expect, it } from 'vitest';
import { splitStream } from '../../src/search/split-stream.ts';

/** A stream of `bytes` in chunks of `size`, one per read, as from a slow link. */
function chunked(bytes: Uint8Array, size: number, failAfter = Infinity): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= failAfter) return controller.error(new Error('connection dropped'));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());
const whole = Uint8Array.from({ length: 1_000 }, (_, i) => i % 251);

describe('splitStream', () => {
  it.each([1, 7, 300, 5_000])('cuts a download in chunks of %i bytes into its parts, byte for byte', async (size) => {
    const sizes = [3, 0, 400, 597];
    const parts = await Promise.all(splitStream(chunked(whole, size), sizes).map(bytesOf));
    let offset = 0;
    for (const [i, part] of parts.entries()) {
      expect(part, `part ${i}`).toEqual(whole.slice(offset, offset + sizes[i]!));
      offset += sizes[i]!;
    }
  });

  it('delivers a part as soon as its bytes are in, before the download ends', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const source = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(whole.slice(0, 10)),
      async pull(controller) {
        await held;
        controller.enqueue(whole.slice(10));
        controller.close();
      },
    });
    const [first, second] = splitStream(source, [10, 990]);
    expect(await bytesOf(first!)).toEqual(whole.slice(0, 10));
    release();
    expect(await bytesOf(second!)).toEqual(whole.slice(10));
  });

  it('fails the parts not complete when the connection drops, and keeps the ones that are', async () => {
    const [first, second, third] = splitStream(chunked(whole, 100, 500), [200, 400, 400]);
    expect(await bytesOf(first!)).toEqual(whole.slice(0, 200));
    await expect(bytesOf(second!)).rejects.toThrow('connection dropped');
    await expect(bytesOf(third!)).rejects.toThrow('connection dropped');
  });

  it('fails the last part when the download is shorter than its parts', async () => {
    const parts = splitStream(chunked(whole, 100), [500, 600]);
    expect(await bytesOf(parts[0]!)).toEqual(whole.slice(0, 500));
    await expect(bytesOf(parts[1]!)).rejects.toThrow('100 bytes short in part 2 of 2');
  });

  it('goes on filling the other parts when one reader cancels its own', async () => {
    const [first, second] = splitStream(chunked(whole, 50), [500, 500]);
    await first!.cancel();
    expect(await bytesOf(second!)).toEqual(whole.slice(500));
  });
});
