import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';

/**
 * Refuses a file or folder that is, or sits behind, a symbolic link leading out of the content
 * folder: a link to ~/.ssh/id_rsa or /etc/passwd would otherwise be read and published
 * (CWE-59, "link following"). Links inside the folder are fine. A missing file is left to the
 * reader, which says it is missing.
 */
export async function checkInsideContent(file: string, contentDir: string): Promise<void> {
  const [real, root] = await Promise.all([realpath(file).catch(() => undefined), realpath(contentDir)]);
  if (real === undefined) return;
  const relative = path.relative(root, real);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return;
  throw new ContentError(displayPath(file), undefined, t('content.symlink.problem', { target: real }), t('content.symlink.fix'));
}
