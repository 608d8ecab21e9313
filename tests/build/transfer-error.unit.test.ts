import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../src/content/content-error.ts';
import { describeFsError } from '../../src/build/describe-fs-error.ts';
import { fromTransferredError, toTransferredError } from '../../src/build/transfer-error.ts';

/** Through JSON, as over the IPC channel of a child process. */
const roundTrip = (error: unknown) => fromTransferredError(JSON.parse(JSON.stringify(toTransferredError(error))));

describe('an error sent from the site build process to the build command', () => {
  it('keeps a content problem as a ContentError with its file, field and fix', () => {
    const error = roundTrip(new ContentError('content/guides/x.mdx', 'summary', 'Tóm tắt quá dài.', 'Viết ngắn lại.'));
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ file: 'content/guides/x.mdx', field: 'summary', problem: 'Tóm tắt quá dài.', fix: 'Viết ngắn lại.' });
  });

  it('keeps several content problems together as ContentErrors with the same message', () => {
    const original = new ContentErrors([new ContentError('a.mdx', undefined, 'Một.', 'Sửa một.'), new ContentError('b.yaml', 'name', 'Hai.', 'Sửa hai.')]);
    const error = roundTrip(original);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).errors).toHaveLength(2);
    expect(error.message).toBe(original.message);
  });

  it('keeps a full disk a file-system failure the build command says in one line', () => {
    const error = roundTrip(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/tmp/dist-staging/x.pdf' }));
    expect(describeFsError(error)).toBe(describeFsError({ code: 'ENOSPC', path: '/tmp/dist-staging/x.pdf' }));
    expect(describeFsError(error)).toContain('/tmp/dist-staging/x.pdf');
  });

  it('keeps any other error’s name, message and stack', () => {
    const original = new TypeError('không đọc được');
    const error = roundTrip(original);
    expect(error).not.toBeInstanceOf(ContentError);
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('không đọc được');
    expect(error.stack).toBe(original.stack);
  });
});
