/**
 * How the search page feeds pagefind its files, fast:
 *
 * - Fetched early: the page asks for every file a first search needs at once, when the box
 *   gets focus, in one download (the search bundle, create-search-bundle.ts), and pagefind's own
 *   later fetch of each file is answered from its part of it. A file whose part failed is fetched
 *   again on its own. (A `<link rel=preload>` did the same until a fetch failed on a dropped
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
import type { SearchBundle } from './search-data.ts';
import { splitStream } from './split-stream.ts';

const early = new Map<string, Promise<Response>>();
let nativeFetch: typeof fetch | undefined;

const keyOf = (input: RequestInfo | URL) => new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href).href;

/**
 * Starts fetching `url` now; pagefind's fetch of it later gets this response (or fetches again
 * if this one failed).
 */
export function fetchEarly(url: string): void {
  installPagefindFetch();
  const key = keyOf(url);
  if (early.has(key)) return;
  keep(key, nativeFetch!(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return inflatePagefindData(key, response);
  }));
}

/**
 * Starts fetching the search bundle now; a later fetch of any file in it gets that file's part,
 * read to its end (and inflated), or fetches the file again if its part failed.
 */
export function fetchBundle({ href, parts }: SearchBundle): void {
  installPagefindFetch();
  const download = nativeFetch!(href, { priority: 'high' } as RequestInit).then((response) => {
    if (!response.ok || !response.body) throw new Error(`${response.status} ${href}`);
    // A bundle of another build (a cache that kept an old one) would cut into the wrong files.
    const length = response.headers.get('content-length');
    const expected = parts.reduce((sum, part) => sum + part.bytes, 0);
    if (length !== null && !response.headers.has('content-encoding') && Number(length) !== expected) throw new Error(`${href} has ${length} bytes, not ${expected}`);
    return splitStream(response.body, parts.map((part) => part.bytes));
  });
  parts.forEach((part, i) => {
    const key = keyOf(part.href);
    keep(key, download.then(async (bodies) => {
      const body = bodies[i]!;
      // Pagefind's files are inflated as they arrive and read to the end (inflate-pagefind-data.ts).
      if (part.encoding !== 'gzip') return inflatePagefindData(key, new Response(body));
      if (typeof DecompressionStream === 'undefined') throw new Error(`no DecompressionStream for ${part.href}`);
      // Read to the end here too, so a part cut short fails now and the file is fetched on its own.
      return new Response(await new Response(body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    }));
  });
}

/** Keeps `pending` for the next fetch of `key`. Nobody may be waiting yet: a failure is handled when that fetch comes (it fetches again). */
function keep(key: string, pending: Promise<Response>): void {
  pending.catch(() => early.get(key) === pending && early.delete(key));
  early.set(key, pending);
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
