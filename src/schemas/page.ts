import { z } from 'astro/zod';
import { text } from './text.ts';

/** Frontmatter of `content/pages/<slug>.mdx`: stand-alone pages such as "why go online" and "help". */
export const pageSchema = z.strictObject({
  /** Page heading and title. */
  title: text(),
  /** One sentence shown under the heading and in search results. */
  summary: text(),
});

export type PageData = z.output<typeof pageSchema>;
