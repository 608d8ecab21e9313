/**
 * Share cards (src/share-card/create-share-card.ts): one per guide, one for every other page.
 * Each card's words are its props and its cache key, so an incremental build (Astro's
 * incremental build, src/build/build-astro-site.ts) copies a card whose words are unchanged from
 * the last build instead of drawing it again: drawing them was 3 s of a 7 s site stage.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hashInputs } from '../../build/kit-cache.ts';
import { getContent } from '../../content/get-content.ts';
import { siteFiles } from '../../paths.ts';
import { renderShareCard, type ShareCardText } from '../../share-card/create-share-card.ts';

const cardName = (path: string) => path.split('/').at(-1)!.replace(/\.png$/, '');

export const getStaticPaths = (async () => {
  const { guides, site } = await getContent();
  const card = (path: string, title: string, slogan: string) => {
    const text: ShareCardText = { title: title || site.title, slogan: slogan || site.slogans[0]!, office: site.office, host: new URL(site.url).host, sample: site.sample };
    return { params: { card: cardName(path) }, props: { text }, cacheKey: hashInputs(text) };
  };
  return [...guides.map((guide) => card(siteFiles.shareCard(guide.slug), guide.title, guide.slogan)), card(siteFiles.siteShareCard, '', '')];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: ShareCardText }> = async ({ props }) => new Response(new Uint8Array(await renderShareCard(props.text)), { headers: { 'Content-Type': 'image/png' } });
