import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { getContentDir } from './content/content-dir.ts';
import { guideSchema } from './schemas/guide.ts';
import { pageSchema } from './schemas/page.ts';

// Collections only where Astro renders an MDX body (guides, content pages). Every other read
// goes through src/content/get-content.ts: the same loader, schemas and Guide shape the kits use.
const contentDir = getContentDir();
const inContent = (folder: string) => path.join(contentDir, folder);

export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: inContent('guides') }), schema: guideSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: inContent('pages') }), schema: pageSchema }),
};
