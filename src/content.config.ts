import { defineCollection } from 'astro:content';
import path from 'node:path';
import { getContentDir } from './content/content-dir.ts';
import { safeMdxGlob } from './content/safe-mdx-glob.ts';
import { guideSchema } from './schemas/guide.ts';
import { pageSchema } from './schemas/page.ts';

// Collections only where Astro renders an MDX body (guides, content pages), through the safe
// MDX loader so `astro dev` refuses unsafe bodies too. Every other read goes through
// src/content/get-content.ts: the same loader, schemas and Guide shape the kits use.
const contentDir = getContentDir();
const inContent = (folder: string) => path.join(contentDir, folder);

export const collections = {
  guides: defineCollection({ loader: safeMdxGlob({ pattern: '*.mdx', base: inContent('guides') }), schema: guideSchema }),
  pages: defineCollection({ loader: safeMdxGlob({ pattern: '*.mdx', base: inContent('pages') }), schema: pageSchema }),
};
