import { t, type MessageKey } from '../i18n/t.ts';

/**
 * A file-system failure during a build, said in one line with the path, for the office
 * (no stack trace: these are problems of the machine, not of the code).
 */
export class BuildFsError extends Error {
  override name = 'BuildFsError';
}

/** The failures said in the office's words (src/i18n/vi.ts, keys "fs.<code>"). */
const CODES = new Set(['ENOSPC', 'EROFS', 'EBUSY', 'EACCES', 'EPERM']);

/** The one-line message for an ENOSPC, EROFS, EBUSY, EACCES or EPERM error, or undefined for anything else. */
export function describeFsError(error: unknown, fallbackPath = ''): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !CODES.has(code)) return undefined;
  return t(`fs.${code}` as MessageKey, { where: path ?? fallbackPath });
}

/** `error` as a BuildFsError when it is one of the failures above, else unchanged. */
export function toBuildFsError(error: unknown, fallbackPath = ''): unknown {
  const message = describeFsError(error, fallbackPath);
  return message ? new BuildFsError(message, { cause: error }) : error;
}
