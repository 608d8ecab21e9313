/**
 * How the search page feeds pagefind its files, fast:
 *
 * - Fetched early: the page asks for every file a first search needs at once, when the box
 *   gets focus, and pagefind's own later fetch of the same address is answered from that
 *   early response. (A `<link rel=preload>` did the same until a fetch failed on a dropped
 *   connection: Chromium then answered pagefind's retry with the failed preload, so search
 *   stayed broken until reload.)
 * - Carried by the page: the entry and metadata files are a few hundred bytes, written into the
 *   search page by the build; pagefind's fetch of them is answered without a request.
 * - Inflated natively, as the bytes arrive (inflate-pagefind-data.ts): an early fetch pipes its
 *   body through the browser's DecompressionStream while it downloads.
 *
 * Only the search page runs scripts, so replacing its `fetch` touches nothing else.
 */
import { inflatePagefindData } from './inflate-pagefind-data.ts';

const early = new Map<string, Promise<Response>>();
let nativeFetch: typeof fetch | undefined;

const keyOf = (input: RequestInfo | URL) => new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href).href;

/**
 * Starts fetching `url` now; pagefind's fetch of it later gets this response (or fetches again
 * if this one failed). `watch` may wrap the response as it arrives (second-wave.ts). The promise
 * returned settles, never rejecting, once the file is in or the fetch failed.
 */
export function fetchEarly(url: string, priority: 'high' | 'low' = 'low', watch?: (response: Response, requestedAt: number) => Response): Promise<void> {
  installPagefindFetch();
  const key = keyOf(url);
  const known = early.get(key);
  if (known) return known.then(ignore, ignore);
  const requestedAt = performance.now();
  const pending = nativeFetch!(url, { priority } as RequestInit).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return inflatePagefindData(key, watch ? watch(response, requestedAt) : response);
  });
  // Nobody may be waiting yet: a failure is handled when pagefind asks (it fetches again).
  pending.catch(() => early.delete(key));
  early.set(key, pending);
  return pending.then(ignore, ignore);
}

/**
 * Answers pagefind's fetch of `url` with a copy of the early response for `source` (the warm-up
 * index's WebAssembly is the real one). False when there is none to copy: `source` was not
 * fetched early, was already taken, or failed.
 */
export function answerWithCopy(url: string, source: string): boolean {
  const pending = early.get(keyOf(source));
  if (!pending) return false;
  installPagefindFetch();
  early.set(keyOf(url), pending.then((response) => response.clone()));
  return true;
}

/** Answers pagefind's fetch of `url` with `body`, which the page carries itself: no request at all. */
export function answerEarly(url: string, body: Uint8Array<ArrayBuffer>): void {
  installPagefindFetch();
  const key = keyOf(url);
  early.set(key, inflatePagefindData(key, new Response(body)));
}

/** A file the page carries in base64 (create-search-data.ts), as bytes for answerEarly. */
export function decodeBase64(body: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
}

const ignore = () => undefined;

export function installPagefindFetch(): void {
  if (nativeFetch) return;
  const original = window.fetch.bind(window);
  nativeFetch = original;
  window.fetch = async (input, init) => {
    const key = keyOf(input);
    const pending = early.get(key);
    early.delete(key);
    if (pending) return pending.catch(async () => inflatePagefindData(key, await original(input, init)));
    return inflatePagefindData(key, await original(input, init));
  };
}
