import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { getContentDir } from './content/content-dir.ts';
import { safeMdxGlob } from './content/safe-mdx-glob.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { communeSchema } from './schemas/commune.ts';
import { pageSchema } from './schemas/page.ts';

// The same schemas the scripts use (src/content/load-content.ts), over the same folder.
const contentDir = getContentDir();
const inContent = (folder: string) => path.join(contentDir, folder);

export const collections = {
  guides: defineCollection({ loader: safeMdxGlob({ pattern: '*.mdx', base: inContent('guides') }), schema: guideSchema }),
  pages: defineCollection({ loader: safeMdxGlob({ pattern: '*.mdx', base: inContent('pages') }), schema: pageSchema }),
  communes: defineCollection({ loader: glob({ pattern: '*.yaml', base: inContent('communes') }), schema: communeSchema }),
  glossary: defineCollection({ loader: file(inContent('glossary.yaml')), schema: glossaryTermSchema }),
};
