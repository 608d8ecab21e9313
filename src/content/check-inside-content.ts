import { realpath } from 'node:fs/promises';
import path from 'node:path';
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
  throw new ContentError(displayPath(file), undefined, `is a link to ${real}, outside the content folder`, 'copy the file itself into the content folder instead of linking to it (a link can publish any file of the computer).');
}
