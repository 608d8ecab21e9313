// node tests/helpers/build-two-sites.ts <content A> <out A> <content B> <out B>: two site builds in
// one process, as the bench makes them. A process of its own because Vitest's NODE_ENV=test makes
// Vite build with import.meta.env.DEV true, where getContent() reloads on every call and hides
// what a production build keeps between builds.
import { buildSite } from '../../src/build/build-site.ts';

const [firstContent, firstOut, secondContent, secondOut] = process.argv.slice(2);
if (!firstContent || !firstOut || !secondContent || !secondOut) throw new Error('usage: build-two-sites.ts <content A> <out A> <content B> <out B>');
await buildSite(firstContent, firstOut);
await buildSite(secondContent, secondOut);
