import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { ContentErrors } from './content-error.ts';
import { readMdxBody } from './read-mdx-body.ts';

/**
 * Astro's glob loader for MDX collections, with the safe-subset check (src/content/safe-mdx/)
 * run on each file before Astro stores it, so `astro dev` and `astro build` refuse an unsafe
 * body too, not only `npm run build` (whose loadContent checks first). parseData runs for
 * every new or changed file, including edits seen by the dev server's watcher.
 */
export function safeMdxGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'safe-mdx-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const { errors } = await readMdxBody(await readFile(props.filePath, 'utf8'), props.filePath);
            if (errors.length > 0) throw new ContentErrors(errors);
          }
          return context.parseData(props);
        },
      }),
  };
}
