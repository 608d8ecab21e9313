/** Share cards (src/share-card/create-share-card.ts): one per guide, one for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../content/get-content.ts';
import { siteFiles } from '../../paths.ts';
import { renderShareCard } from '../../share-card/create-share-card.ts';

const cardName = (path: string) => path.split('/').at(-1)!.replace(/\.png$/, '');

export const getStaticPaths = (async () => {
  const { guides } = await getContent();
  return [
    ...guides.map((guide) => ({ params: { card: cardName(siteFiles.shareCard(guide.slug)) }, props: { title: guide.title, slogan: guide.slogan } })),
    { params: { card: cardName(siteFiles.siteShareCard) }, props: { title: '', slogan: '' } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; slogan: string }> = async ({ props }) => {
  const { site } = await getContent();
  const png = await renderShareCard({
    title: props.title || site.title,
    slogan: props.slogan || site.slogans[0]!,
    office: site.office,
    host: new URL(site.url).host,
    sample: site.sample,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
