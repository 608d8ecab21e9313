import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

/** Text that static hosts (GitHub Pages, Netlify, nginx defaults) send gzip-compressed; pagefind's own files are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt']);

/**
 * Serves a built site on 127.0.0.1 like a plain static host: folder → index.html, else
 * 404.html, text gzip-compressed when the browser accepts it (so that bytes measured on an
 * emulated slow link are the bytes a real host sends).
 */
export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    resolveFile(root, request.url ?? '/').then(
      ({ file, found }) => {
        const extension = path.extname(file);
        const gzip = COMPRESSED_TYPES.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        response.writeHead(found ? 200 : 404, {
          'content-type': TYPES[extension] ?? 'application/octet-stream',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        });
        const stream = createReadStream(file).on('error', () => response.destroy());
        (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
      },
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The file a request path maps to; malformed escapes reject (answered 400 above). */
async function resolveFile(root: string, url: string): Promise<{ file: string; found: boolean }> {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  let file = path.join(root, path.normalize(pathname));
  if (!file.startsWith(root)) return { file: path.join(root, '404.html'), found: false };
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = path.join(file, 'index.html');
  const found = await stat(file).then((s) => s.isFile(), () => false);
  return found ? { file, found } : { file: path.join(root, '404.html'), found };
}
