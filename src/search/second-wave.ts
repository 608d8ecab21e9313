/**
 * When the search page asks for pagefind's index chunks. On a slow link the files of one wave
 * share its bandwidth (so does Chromium's network emulation), and the largest, the WebAssembly,
 * arrives last: everything pagefind computes once it is in (compiling its functions on first
 * call, loading the chunks, searching) then happens after the last byte, while the person waits.
 * So the page asks first for the WebAssembly, pagefind's script and the search data, and for the
 * index chunks once the WebAssembly is one round trip from done: the link stays busy, the chunks'
 * first bytes come as the WebAssembly's last ones do, and the WebAssembly is warmed up
 * (warm-up-pagefind.ts) while the chunks download. On a fast link the chunks go out with the
 * WebAssembly's first bytes.
 */

/** How far the rate is measured back: long enough to smooth the link's bursts, short enough to follow a file finishing beside it. */
const RATE_WINDOW_MS = 300;
/**
 * The shortest span a rate is judged on. The first packet often comes with the headers, a
 * burst: over a millisecond it reads as an unbounded rate, and the chunks went out at once
 * (seen in about one first search in four on the bench's emulated link, costing 0.17 s).
 */
const MIN_RATE_SPAN_MS = 100;

export interface DownloadProgress {
  /** Bytes of the file in all. */
  total: number;
  /** Bytes received so far. */
  received: number;
  /** From the request to its response's headers: one round trip, with the request's own upload. */
  roundTripMs: number;
  /** Bytes per millisecond lately; 0 until that is known. */
  bytesPerMs: number;
}

/** Whether the rest of the file will take no longer than a request sent now takes to be answered. */
export function isOneRoundTripFromDone({ total, received, roundTripMs, bytesPerMs }: DownloadProgress): boolean {
  if (received >= total) return true;
  if (!(bytesPerMs > 0)) return false;
  return (total - received) / bytesPerMs <= roundTripMs;
}

/**
 * `response`, its body counted as it is read: `then` is called once the rest of the body is one
 * round trip away, or when it ends. The caller must also call `then` when the download fails
 * (then is idempotent there: it is called once here at most).
 */
export function whenOneRoundTripFromDone(response: Response, total: number, requestedAt: number, then: () => void): Response {
  const headersAt = performance.now();
  let called = false;
  const callOnce = () => {
    if (called) return;
    called = true;
    then();
  };
  if (!response.body) {
    callOnce();
    return response;
  }
  const samples: [at: number, received: number][] = [[headersAt, 0]];
  let received = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(chunk);
        if (called) return;
        received += chunk.byteLength;
        const now = performance.now();
        samples.push([now, received]);
        while (samples.length > 2 && now - samples[0]![0] > RATE_WINDOW_MS) samples.shift();
        const [since, before] = samples[0]!;
        const bytesPerMs = now - since >= MIN_RATE_SPAN_MS ? (received - before) / (now - since) : 0;
        if (isOneRoundTripFromDone({ total, received, roundTripMs: headersAt - requestedAt, bytesPerMs })) callOnce();
      },
      flush: callOnce,
    }),
  );
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
}
