import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageWeight {
  /** Bytes after gzip, by resource type (document, stylesheet, font, script, fetch, image, other). */
  gzipBytes: Record<string, number>;
  /** Addresses requested from another origin than the page's own. */
  foreignRequests: string[];
  /** Every request made, in order. */
  requests: string[];
}

/**
 * Loads `url` in a fresh page and weighs what a first visit downloads: each response
 * gzip-compressed the way a static host serves it, grouped by resource type.
 */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { gzipBytes: {}, foreignRequests: [], requests: [] };
  page.on('request', (request) => {
    weight.requests.push(request.url());
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) weight.foreignRequests.push(request.url());
  });
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          weight.gzipBytes[type] = (weight.gzipBytes[type] ?? 0) + gzipSync(body, { level: 9 }).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return weight;
}

/** HTML + CSS + fonts: the budget for a first visit (scripts are counted separately: guide pages have none). */
export function firstVisitBytes(weight: PageWeight): number {
  const { document = 0, stylesheet = 0, font = 0 } = weight.gzipBytes;
  return document + stylesheet + font;
}
