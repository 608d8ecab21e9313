import type { APIRoute } from 'astro';
import { renderIconPng } from '../share-card/create-icon.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array(await renderIconPng(32)), { headers: { 'Content-Type': 'image/png' } });
