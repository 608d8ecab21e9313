import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatePagefindData } from '../../src/search/inflate-pagefind-data.ts';

const INDEX = '/pagefind/index/vi_727c389.pf_index';
const content = new TextEncoder().encode(`pagefind_dcd${'tạm trú, khai sinh, kết hôn. '.repeat(200)}`);

/** A response whose body arrives in chunks of `size` bytes, as from a slow link. */
function chunked(bytes: Uint8Array, size: number, init?: ResponseInit): Response {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
  return new Response(body, init);
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('inflatePagefindData', () => {
  it('inflates a gzip pagefind file that arrives a byte at a time, its magic number split across chunks', async () => {
    const inflated = await inflatePagefindData(INDEX, chunked(gzipSync(content), 1));
    expect(await bytesOf(inflated)).toEqual(content);
  });

  it('inflates a gzip pagefind file that arrives in larger chunks, and keeps its status and headers', async () => {
    const response = chunked(gzipSync(content), 1400, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    const inflated = await inflatePagefindData('/pagefind/wasm.unknown.pagefind', response);
    expect(await bytesOf(inflated)).toEqual(content);
    expect(inflated.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('passes an already inflated pagefind file through byte for byte', async () => {
    expect(await bytesOf(await inflatePagefindData(INDEX, chunked(content, 7)))).toEqual(content);
  });

  it('leaves pagefind’s entry JSON and a failed response as they are', async () => {
    const entry = new Response('{"version":"1.6.0"}');
    expect(await inflatePagefindData('/pagefind/pagefind-entry.json?ts=vi_c7697899de', entry)).toBe(entry);
    const missing = new Response(gzipSync(content), { status: 404 });
    expect(await inflatePagefindData(INDEX, missing)).toBe(missing);
  });

  it('answers an empty pagefind file with an empty body', async () => {
    expect((await bytesOf(await inflatePagefindData(INDEX, chunked(new Uint8Array(), 1)))).length).toBe(0);
  });
});
