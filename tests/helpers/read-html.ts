import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** The built page at a site path ("/huong-dan/x/") as raw HTML and as a DOM document. */
export async function readPage(siteDir: string, sitePath: string): Promise<{ html: string; document: Document }> {
  const file = sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html');
  const html = await readFile(path.join(siteDir, file), 'utf8');
  return { html, document: parseHTML(html).document as unknown as Document };
}

/** Text content with runs of white space collapsed, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
