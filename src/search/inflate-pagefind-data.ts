/**
 * Pagefind's data files are gzip inside, and pagefind.js inflates them in JavaScript unless they
 * already start with its signature ("pagefind_dcd", see `decompress` in pagefind.js 1.6). On a
 * phone 4× slower than a laptop that takes about 0.7 s for the WebAssembly and the index; the
 * browser's DecompressionStream does it natively. The body is piped through it as it downloads,
 * so when the search page fetched a file early (pagefind-fetch.ts) only the last packets are
 * left to inflate once the last byte is in.
 */

/** Pagefind's data files (not its script or entry JSON), by address. */
export const PAGEFIND_DATA = /\/pagefind\/.*\.(pagefind|pf_index|pf_meta|pf_fragment|pf_filter)(\?|$)/;

/** `response` with its body inflated and read to the end when `url` is a pagefind data file in gzip; any other response as it is. */
export async function inflatePagefindData(url: string, response: Response): Promise<Response> {
  if (!response.ok || !response.body || !PAGEFIND_DATA.test(url) || typeof DecompressionStream === 'undefined') return response;
  const reader = response.body.getReader();
  // The gzip magic number is two bytes, and a chunk may hold fewer.
  const head: Uint8Array<ArrayBuffer>[] = [];
  let length = 0;
  let done = false;
  while (length < 2 && !done) {
    const next = await reader.read();
    if (next.done) done = true;
    else {
      head.push(next.value);
      length += next.value.length;
    }
  }
  const start = head.length === 0 ? new Uint8Array() : head.length === 1 ? head[0]! : concat(head, length);
  const gzip = start[0] === 0x1f && start[1] === 0x8b;
  // The bytes already read, then the rest of the body as it arrives.
  const body = new ReadableStream<BufferSource>({
    start(controller) {
      if (start.length > 0) controller.enqueue(start);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const bytes = await new Response(gzip ? body.pipeThrough(new DecompressionStream('gzip')) : body).arrayBuffer();
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function concat(parts: Uint8Array<ArrayBuffer>[], length: number): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
