/**
 * How the search page feeds pagefind its files, fast:
 *
 * - Fetched early: the page asks for every file a first search needs at once, when the box
 *   gets focus, and pagefind's own later fetch of the same address is answered from that
 *   early response. (A `<link rel=preload>` did the same until a fetch failed on a dropped
 *   connection: Chromium then answered pagefind's retry with the failed preload, so search
 *   stayed broken until reload.)
 * - Inflated natively: pagefind's data files are gzip inside, and pagefind.js inflates them in
 *   JavaScript unless they already start with its signature ("pagefind_dcd", see `decompress`
 *   in pagefind.js). On a phone 4× slower than a laptop that takes about 0.7 s for the
 *   WebAssembly and the index; the browser's DecompressionStream does it natively.
 *
 * Only the search page runs scripts, so replacing its `fetch` touches nothing else.
 */
const PAGEFIND_DATA = /\/pagefind\/.*\.(pagefind|pf_index|pf_meta|pf_fragment|pf_filter)(\?|$)/;

const early = new Map<string, Promise<Response>>();
let nativeFetch: typeof fetch | undefined;

const keyOf = (input: RequestInfo | URL) => new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href).href;

/** Starts fetching `url` now; pagefind's fetch of it later gets this response (or fetches again if this one failed). */
export function fetchEarly(url: string, priority: 'high' | 'low' = 'low'): void {
  installPagefindFetch();
  const key = keyOf(url);
  if (early.has(key)) return;
  const pending = nativeFetch!(url, { priority } as RequestInit).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response;
  });
  // Nobody may be waiting yet: a failure is handled when pagefind asks (it fetches again).
  pending.catch(() => early.delete(key));
  early.set(key, pending);
}

export function installPagefindFetch(): void {
  if (nativeFetch) return;
  const original = window.fetch.bind(window);
  nativeFetch = original;
  window.fetch = async (input, init) => {
    const key = keyOf(input);
    const pending = early.get(key);
    early.delete(key);
    const response = pending ? await pending.catch(() => original(input, init)) : await original(input, init);
    if (!response.ok || !PAGEFIND_DATA.test(key) || typeof DecompressionStream === 'undefined') return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
