/**
 * One download cut into the files it carries, each readable as its bytes arrive: the search
 * page's bundle (create-search-bundle.ts) is its data file, pagefind's WebAssembly and its index
 * chunks one after another, and each part goes to whoever reads that file.
 */

/**
 * `source` cut into parts of `sizes` bytes, in order. The source is read as fast as it comes,
 * whether or not anyone reads the parts yet. A source that fails or ends short fails every part
 * not complete; bytes past the last part stop the download (every part is complete by then).
 */
export function splitStream(source: ReadableStream<Uint8Array>, sizes: readonly number[]): ReadableStream<Uint8Array<ArrayBuffer>>[] {
  const controllers: ReadableStreamDefaultController<Uint8Array<ArrayBuffer>>[] = [];
  const parts = sizes.map(() => new ReadableStream<Uint8Array<ArrayBuffer>>({ start: (controller) => void controllers.push(controller) }));
  void pump(source.getReader(), sizes, controllers);
  return parts;
}

async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, sizes: readonly number[], controllers: ReadableStreamDefaultController<Uint8Array<ArrayBuffer>>[]): Promise<void> {
  let part = 0;
  let left = sizes[0] ?? 0;
  // Parts of no bytes are complete before anything comes.
  const closeFinished = () => {
    while (part < sizes.length && left === 0) {
      quietly(() => controllers[part]!.close());
      part += 1;
      left = sizes[part] ?? 0;
    }
  };
  try {
    closeFinished();
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      let chunk = next.value;
      while (chunk.length > 0) {
        if (part >= sizes.length) throw new Error(`the download is longer than its ${sizes.length} parts`);
        const taken = chunk.subarray(0, left);
        // A copy: the parts go to different readers, and the source may reuse its buffer.
        quietly(() => controllers[part]!.enqueue(taken.slice()));
        left -= taken.length;
        chunk = chunk.subarray(taken.length);
        closeFinished();
      }
    }
    if (part < sizes.length) throw new Error(`the download ended ${left} bytes short in part ${part + 1} of ${sizes.length}`);
  } catch (error) {
    for (const controller of controllers.slice(part)) quietly(() => controller.error(error));
    await reader.cancel(error).catch(() => undefined);
  }
}

/** A part its reader has cancelled takes nothing more; the other parts go on. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // That part's stream was cancelled.
  }
}
