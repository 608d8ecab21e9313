/**
 * Web app manifest (https://www.w3.org/TR/appmanifest/): lets a phone put the site on its home
 * screen under a Vietnamese name; with the service worker it then opens without signal.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../content/get-content.ts';
import { routes, siteFiles } from '../paths.ts';
import { APP_ICON_SIZES } from '../share-card/create-icon.ts';
import { colours } from '../tokens.ts';
import { t } from '../i18n/t.ts';

export const GET: APIRoute = async () => {
  const { site } = await getContent();
  const manifest = {
    lang: 'vi',
    dir: 'ltr',
    name: site.title,
    short_name: t('manifest.shortName'),
    description: t('manifest.description', { office: site.office }),
    start_url: routes.home,
    scope: routes.home,
    display: 'standalone',
    background_color: colours.paper.rgb,
    theme_color: colours.brand.rgb,
    icons: [
      ...APP_ICON_SIZES.map((size) => ({ src: siteFiles.appIcon(size), sizes: `${size}x${size}`, type: 'image/png' })),
      { src: siteFiles.favicon, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
