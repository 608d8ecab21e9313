/** Manifest icons, one PNG per size in APP_ICON_SIZES. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICON_SIZES, renderIconPng } from '../share-card/create-icon.ts';

export const getStaticPaths = (() => APP_ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await renderIconPng(Number(params.size), true)), { headers: { 'Content-Type': 'image/png' } });
