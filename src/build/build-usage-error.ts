/** A build command given options it cannot act on (an unknown kit name): a message, not a stack trace. */
export class BuildUsageError extends Error {
  override name = 'BuildUsageError';
}
