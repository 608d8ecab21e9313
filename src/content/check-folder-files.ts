import path from 'node:path';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';

/**
 * Splits a folder's files into those the loader reads (exact extension, e.g. ".mdx") and
 * refusals for the rest, so a guide saved as ".md" or ".MDX" never vanishes from the site
 * without a word. Hidden files (".DS_Store", editor swap files) are skipped.
 */
export function checkFolderFiles(files: string[], extension: string): { accepted: string[]; errors: ContentError[] } {
  const accepted: string[] = [];
  const errors: ContentError[] = [];
  for (const file of files) {
    const name = path.basename(file);
    if (name.startsWith('.')) continue;
    if (path.extname(name) === extension) {
      accepted.push(file);
      continue;
    }
    const stem = path.basename(name, path.extname(name));
    errors.push(new ContentError(displayPath(file), undefined, t('content.wrongExtension.problem', { folder: path.basename(path.dirname(file)), extension }), t('content.wrongExtension.fix', { name: `${stem}${extension}` })));
  }
  return { accepted, errors };
}
