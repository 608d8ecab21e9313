/**
 * An error sent from a child process to its parent as plain data and made again there, so the
 * build command treats a failure in the site's child process (build-site.ts) as it would one in
 * its own: content problems keep their class and fields (file, field, fix), file-system failures
 * their code and path (describe-fs-error.ts), anything else its message and stack.
 */
import { ContentError, ContentErrors } from '../content/content-error.ts';

export interface TransferredError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  path?: string;
  content?: { file: string; field: string | undefined; problem: string; fix: string };
  errors?: TransferredError[];
}

export function toTransferredError(error: unknown): TransferredError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, path } = error as NodeJS.ErrnoException;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path } : {}),
    ...(error instanceof ContentError ? { content: { file: error.file, field: error.field, problem: error.problem, fix: error.fix } } : {}),
    ...(error instanceof ContentErrors ? { errors: error.errors.map(toTransferredError) } : {}),
  };
}

export function fromTransferredError(data: TransferredError): Error {
  if (data.content) return new ContentError(data.content.file, data.content.field, data.content.problem, data.content.fix);
  if (data.errors && data.name === 'ContentErrors') return new ContentErrors(data.errors.map(fromTransferredError).filter((error): error is ContentError => error instanceof ContentError));
  const error = Object.assign(new Error(data.message), data.code ? { code: data.code } : {}, data.path ? { path: data.path } : {});
  error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}
