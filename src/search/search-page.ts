/**
 * The search page's only script. Pagefind (≈ 20 KB + index chunks) is fetched the first time
 * someone searches, not on page load, so a 3G visitor who only looks pays nothing.
 */
import { routes } from '../paths.ts';
import { expandQuery, mergeByBestScore, type ScoredHit } from './expand-query.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_SHOWN = 10;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (module: Pagefind) => {
      await module.init();
      return module;
    },
    (error: unknown) => {
      // A dropped 3G connection must not break search until reload: try again next time.
      pagefind = undefined;
      throw error;
    },
  );
  return pagefind;
}

/** Runs every d/đ variant of the query and merges the hits by best score. */
async function searchAllVariants(query: string): Promise<ScoredHit<PagefindResult>[]> {
  const engine = await loadPagefind();
  const searches = await Promise.all(expandQuery(query).map((variant) => engine.search(variant)));
  return mergeByBestScore(searches.map((search) => (search?.results ?? []).map((result) => ({ id: result.id, score: result.score, item: result }))));
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
    let hits: ScoredHit<PagefindResult>[];
    let shown: Awaited<ReturnType<PagefindResult['data']>>[];
    try {
      hits = await searchAllVariants(query);
      shown = await Promise.all(hits.slice(0, MAX_SHOWN).map((hit) => hit.item.data()));
    } catch {
      if (ticket === latest) status.textContent = 'Không tải được bộ tìm kiếm, có thể do mạng yếu. Bà con bấm "Tìm" để thử lại.';
      return;
    }
    if (ticket !== latest) return;
    list.replaceChildren(...shown.map(renderResult));
    if (hits.length > 0) {
      status.textContent = `Tìm thấy ${hits.length} kết quả cho “${query}”.`;
      return;
    }
    const guides = document.createElement('a');
    guides.href = routes.guides;
    guides.textContent = 'xem danh sách hướng dẫn';
    status.replaceChildren(`Không tìm thấy kết quả nào cho “${query}”. Thử gõ ít từ hơn, hoặc `, guides, '.');
  };

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

function renderResult(result: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
