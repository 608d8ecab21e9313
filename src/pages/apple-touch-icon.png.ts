/** 180×180, the size iOS asks for (Apple's Human Interface Guidelines, app icons). */
import type { APIRoute } from 'astro';
import { renderIconPng } from '../share-card/create-icon.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array(await renderIconPng(180, true)), { headers: { 'Content-Type': 'image/png' } });
