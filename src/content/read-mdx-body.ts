import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { init, parse } from 'es-module-lexer';
import { mdxToMdast } from 'satteri';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';

export interface MdxLink {
  url: string;
  line: number;
}

export interface MdxBodyReport {
  links: MdxLink[];
  errors: ContentError[];
}

/** Attributes of JSX elements in MDX that hold addresses. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'url']);

interface Node {
  type: string;
  url?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * Parses an MDX file the way Astro will (Sätteri, Astro 7's Markdown processor), so syntax
 * errors and broken imports are reported with the file and line before the site is built,
 * and returns every link for the link checks.
 */
export async function readMdxBody(source: string, file: string): Promise<MdxBodyReport> {
  const shown = displayPath(file);
  let tree: Node;
  try {
    tree = mdxToMdast(source) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { links: [], errors: [new ContentError(shown, 'body', `is not valid MDX: ${message}`, 'close every tag you open (<div> … </div>), write { and < as \\{ and \\< in plain text, and check the line named above.')] };
  }
  const links: MdxLink[] = [];
  const errors: ContentError[] = [];
  await init();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
        links.push({ url: attribute.value, line });
      }
    }
    if (node.type === 'mdxjsEsm' && node.value) errors.push(...checkImports(node.value, file, line));
    node.children?.forEach(visit);
  };
  visit(tree);
  return { links, errors };
}

function checkImports(esm: string, file: string, line: number): ContentError[] {
  const [imports] = parse(esm);
  const require = createRequire(file);
  return imports.flatMap(({ specifier }) => {
    if (!specifier || specifier.startsWith('astro:')) return [];
    const found = specifier.startsWith('.') || specifier.startsWith('/')
      ? existsSync(path.resolve(path.dirname(file), specifier))
      : canResolve(require, specifier);
    if (found) return [];
    return [new ContentError(displayPath(file), `body (line ${line})`, `imports "${specifier}", which does not exist`, `fix the path in the import (it is relative to ${displayPath(path.dirname(file))}/) or remove the import and the component that uses it.`)];
  });
}

function canResolve(require: NodeJS.Require, specifier: string): boolean {
  try {
    require.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}
