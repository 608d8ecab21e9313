/**
 * The search page's only script. Nothing is fetched on page load, so a 3G visitor who only
 * looks pays nothing; when the search box is touched or gets focus (or the address carries ?q=),
 * a first search's files are requested at once, in two downloads: pagefind's script, and the
 * search bundle of the search data file (term table, pages), pagefind's WebAssembly and its index
 * chunks (create-search-bundle.ts; its address and parts are in the page, with pagefind's small
 * entry and metadata files themselves, written by the build; pagefind-fetch.ts). While the index
 * chunks arrive, pagefind is warmed up on a three-sentence index (warm-up-pagefind.ts). Pagefind
 * runs without its worker: one file and one round trip fewer, and the index is small.
 */
import { FIRST_SEARCH_DONE_EVENT, routes, searchFiles } from '../paths.ts';
import { createExcerpt } from './create-excerpt.ts';
import { expandQuery } from './expand-query.ts';
import { answerEarly, decodeBase64, fetchBundle, fetchEarly } from './pagefind-fetch.ts';
import { rankPages, type ConceptHits, type RankedPage } from './rank-pages.ts';
import { createTermMatcher, resolveQuery, type Concept, type TermMatcher } from './resolve-query.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, WARM_UP, type SearchData, type SearchPreload } from './search-data.ts';
import { foldTones, splitWords } from './fold-text.ts';
import { warmUpPagefind, type PagefindInstance, type PagefindModule } from './warm-up-pagefind.ts';

type PagefindResult = NonNullable<Awaited<ReturnType<PagefindInstance['search']>>>['results'][number];

interface Engine {
  pagefind: PagefindModule;
  data: SearchData;
  matcher: TermMatcher;
}

const MAX_SHOWN = 10;
/** d/đ spellings searched per alternative: each is two pagefind searches. */
const MAX_VARIANTS = 4;
let loading: Promise<Engine> | undefined;

function loadEngine(): Promise<Engine> {
  loading ??= (async () => {
    // The build wrote the search bundle's parts into the page (none under `astro dev`, where the
    // index chunks' names come with the search data file instead).
    const inPage = readPreload();
    // The bundle is most of the bytes: first in line.
    if (inPage) fetchBundle(inPage.bundle);
    for (const [href, body] of Object.entries(inPage?.inline ?? {})) answerEarly(href, decodeBase64(body));
    const module = import(/* @vite-ignore */ searchFiles.pagefindScript) as Promise<PagefindModule>;
    // The requests are out; the phone is idle until bytes arrive.
    setTimeout(warmUpPagefindSearch, 0);
    const loaded = fetch(searchFiles.data).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${searchFiles.data}`);
      const data = (await response.json()) as SearchData;
      return { data, matcher: createTermMatcher(data.terms) };
    });
    const warmedUp = inPage
      ? Promise.all([module, loaded]).then(
          ([pagefind, { data, matcher }]) => warmUpPagefind(pagefind, inPage.warmUp, (instance) => findPages(instance, data, matcher, WARM_UP.query, new Map())),
          () => undefined,
        )
      : undefined;
    const start = async (cacheTag: string) => {
      const pagefind = await module;
      await warmedUp;
      await pagefind.options({ noWorker: true, metaCacheTag: cacheTag });
      await pagefind.init();
      return pagefind;
    };
    const [{ data, matcher }, pagefind] = inPage
      ? await Promise.all([loaded, start(inPage.cacheTag)])
      : await loaded.then(async (loaded) => {
          for (const href of loaded.data.preload) fetchEarly(href);
          return [loaded, await start(loaded.data.cacheTag)] as const;
        });
    return { pagefind, data, matcher };
  })().catch((error: unknown) => {
    // A dropped 3G connection must not break search until reload: try again next time.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The query's pages, best first; `found` collects pagefind's result for each page (for its excerpt). */
async function findPages(pagefind: Pick<PagefindInstance, 'search'>, data: SearchData, matcher: TermMatcher, query: string, found: Map<string, PagefindResult>): Promise<RankedPage[]> {
  const pageCount = Object.keys(data.pages).length;
  const hits = await searchConcepts(pagefind, resolveQuery(query, matcher), pageCount, found);
  return rankPages(hits, pageCount, (id) => {
    const page = data.pages[id];
    return page && { kind: page[2], title: page[1] };
  });
}

/**
 * Pagefind's search() splits the query with an Intl.Segmenter and tests each grapheme against a
 * Unicode punctuation pattern (pagefind.js 1.6, `search`). A page's first segmenter is slow, as
 * ICU loads its break rules: 20 ms to 0.35 s in Chromium at 4× CPU slowdown (a second one takes
 * under 1 ms), and pagefind makes it after the last byte is in, when the person waits.
 * Made once while the files download, it costs nothing there.
 */
function warmUpPagefindSearch(): void {
  const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment('Đăng ký, tạm trú.');
  for (const { segment } of graphemes) /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(segment);
}

/** The file names the build wrote into the page (create-search-data.ts); none under `astro dev`, where there is no index. */
function readPreload(): SearchPreload | undefined {
  const value = document.querySelector('#search-results')?.getAttribute(SEARCH_PRELOAD_ATTRIBUTE);
  if (!value) return undefined;
  try {
    return JSON.parse(value) as SearchPreload;
  } catch {
    return undefined;
  }
}

/**
 * Searches every spelling of every concept quoted (whole words, cheap), then plain for scores
 * (about 45 ms each on a slow phone) only where it counts: spellings found as whole words, or
 * every spelling of a concept found nowhere as a whole word (a typo or a word cut short). A
 * concept on half the pages or more ("đăng ký", "trên mạng") weighs too little for its
 * prominence to change the order, so it gets no plain search.
 */
async function searchConcepts(pagefind: Pick<PagefindInstance, 'search'>, concepts: Concept[], pageCount: number, found: Map<string, PagefindResult>): Promise<ConceptHits[]> {
  const run = async (term: string) => {
    const results = (await pagefind.search(term))?.results ?? [];
    for (const result of results) if (!found.has(result.id)) found.set(result.id, result);
    return results;
  };
  // Pagefind folds tones before it matches ("đăng ký" and "đang ky" find the same pages as whole
  // words; only its scores tell them apart): one quoted search per folded spelling.
  const quoted = new Map<string, Promise<string[]>>();
  const exactIds = (text: string) => {
    const key = foldTones(text);
    let ids = quoted.get(key);
    if (!ids) quoted.set(key, (ids = run(`"${text}"`).then((results) => results.map((hit) => hit.id))));
    return ids;
  };
  return Promise.all(
    concepts.map(async (concept) => {
      const texts = concept.alternatives.flatMap((alternative) => expandQuery(splitWords(alternative).join(' '), MAX_VARIANTS));
      const exact = await Promise.all(texts.map(exactIds));
      const anywhere = exact.some((ids) => ids.length > 0);
      const common = new Set(exact.flat()).size >= pageCount / 2;
      const variants = await Promise.all(
        texts.map(async (text, i) => {
          const scored = !anywhere || (!common && exact[i]!.length > 0) ? await run(text) : [];
          return { text, exact: exact[i]!, scored: scored.map((hit) => ({ id: hit.id, score: hit.score })) };
        }),
      );
      return { known: concept.known, asked: concept.asked, variants };
    }),
  );
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[role="search"]');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  let latest = 0;

  const show = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Đang tìm…';
    const found = new Map<string, PagefindResult>();
    let ranked: RankedPage[];
    let engine: Engine;
    try {
      engine = await loadEngine();
      ranked = await findPages(engine.pagefind, engine.data, engine.matcher, query, found);
    } catch {
      if (ticket === latest) status.textContent = 'Không tải được bộ tìm kiếm, có thể do mạng yếu. Bà con bấm "Tìm" để thử lại.';
      return;
    }
    if (ticket !== latest) return;
    const shown = ranked.slice(0, MAX_SHOWN);
    const items = shown.map((page) => renderResult(engine.data.pages[page.id]));
    list.replaceChildren(...items.map((item) => item.element));
    // Titles are listed at once from the search data; excerpts follow as pagefind's fragments
    // arrive. They are asked for once the list is painted: starting the fetches takes a slow
    // phone about 7 ms each, which would hold the list back.
    await afterNextPaint();
    await Promise.all(shown.map((page, i) => found.get(page.id)!.data().then((data) => items[i]!.fill(data, page.words), () => undefined)));
    // The first answer is complete: the service worker may now save the guides (dang-ky-sw.js).
    dispatchEvent(new Event(FIRST_SEARCH_DONE_EVENT));
    if (ticket !== latest) return;
    if (ranked.length > 0) {
      status.textContent = `Tìm thấy ${ranked.length} kết quả cho “${query}”.`;
      return;
    }
    const guides = document.createElement('a');
    guides.href = routes.guides;
    guides.textContent = 'xem danh sách hướng dẫn';
    status.replaceChildren(`Không tìm thấy kết quả nào cho “${query}”. Thử gõ ít từ hơn, hoặc `, guides, '.');
  };

  // On a touch screen the box gets focus when the finger lifts; the touch itself is a head start.
  const startLoading = () => void loadEngine().catch(() => undefined);
  input.addEventListener('pointerdown', startLoading, { once: true, passive: true });
  input.addEventListener('focus', startLoading, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(input.value), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void show(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}

/** One result: the link at once when the page is known, the excerpt (and an unknown page's link) when its fragment arrives. */
/** Resolves once the browser has painted what the page changed (a frame, then a task after it). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function renderResult(known: SearchData['pages'][string] | undefined) {
  const element = document.createElement('li');
  const link = document.createElement('a');
  const excerpt = document.createElement('p');
  if (known) {
    link.href = known[0];
    link.textContent = known[1];
    element.append(link);
  }
  return {
    element,
    fill(data: { url: string; content: string; meta: { title?: string } }, words: string[]) {
      if (!known) {
        link.href = data.url;
        link.textContent = data.meta.title ?? data.url;
        element.append(link);
      }
      for (const part of createExcerpt(data.content, words)) {
        if (!part.marked) excerpt.append(part.text);
        else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
      }
      element.append(excerpt);
    },
  };
}
