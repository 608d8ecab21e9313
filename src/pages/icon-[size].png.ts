/** Manifest icons: Android asks for 192 and 512 px. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIconPng } from '../share-card/create-icon.ts';

export const getStaticPaths = (() => [192, 512].map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await renderIconPng(Number(params.size), true)), { headers: { 'Content-Type': 'image/png' } });
