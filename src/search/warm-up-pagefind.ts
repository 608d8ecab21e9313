/**
 * Pagefind's WebAssembly and script compile as they are first called: V8 compiles a WebAssembly
 * function on its first call, and JavaScript functions too. On a phone that is most of a first
 * search's CPU: in Chromium at 4× CPU slowdown, 272 WebAssembly functions compiled during the
 * first search, about half of the 160 ms between the last byte and the first result (measured with
 * a performance trace, `npm run bench -- --only search`). A search of the warm-up index, a page
 * of three sentences the search page carries itself (create-warm-up-index.ts), while the real index
 * chunks, last in the search bundle, are still downloading (create-search-bundle.ts), moves that
 * work before the last byte.
 */
import { searchFiles } from '../paths.ts';
import { answerEarly, answerWithCopy, decodeBase64 } from './pagefind-fetch.ts';
import { WARM_UP, type SearchPreload } from './search-data.ts';

export interface PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string; score: number; data: () => Promise<{ url: string; content: string; meta: { title?: string } }> }[] } | null>;
  destroy: () => Promise<void>;
}

/** Pagefind's module (pagefind.js): its own instance, and createInstance for others. */
export interface PagefindModule extends Omit<PagefindInstance, 'destroy'> {
  init: () => Promise<void>;
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

/**
 * Runs `search` on the warm-up index. Resolves when it is done, and must be awaited before the
 * real instance starts: both share one WebAssembly instance (wasm-bindgen's init keeps it in a
 * module variable), but two inits at once would each make one and leave the first one's pointers
 * in the other's memory (seen here as searches that found nothing). Never rejects: a warm-up
 * that fails only leaves the compiling to the real search.
 */
export async function warmUpPagefind(pagefind: PagefindModule, warmUp: SearchPreload['warmUp'], search: (instance: PagefindInstance) => Promise<unknown>): Promise<void> {
  const wasm = WARM_UP.basePath + searchFiles.pagefindWasm.split('/').pop()!;
  // No copy of the WebAssembly (its download failed): nothing to warm up, and no request for it.
  if (!answerWithCopy(wasm, searchFiles.pagefindWasm)) return;
  for (const [href, body] of Object.entries(warmUp.files)) answerEarly(href, decodeBase64(body));
  try {
    const instance = pagefind.createInstance({ basePath: WARM_UP.basePath, noWorker: true, metaCacheTag: warmUp.cacheTag });
    try {
      await search(instance);
    } finally {
      await instance.destroy();
    }
  } catch {
    // The real search reports its own errors.
  }
}
