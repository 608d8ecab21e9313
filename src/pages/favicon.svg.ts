import type { APIRoute } from 'astro';
import { createIconSvg } from '../share-card/create-icon.ts';

export const GET: APIRoute = () => new Response(createIconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
