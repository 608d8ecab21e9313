import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { z } from 'astro/zod';
import { createGlossaryLinker, type GlossaryLinker, type GlossaryPart } from '../format/link-glossary-terms.ts';
import { guideSchema } from '../schemas/guide.ts';
import { setBodyGlossaryLinks } from './body-glossary-links.ts';
import { getGuideLinkTexts } from './get-guide-link-texts.ts';
import { getGlossaryHref, getGlossaryId } from './glossary-href.ts';
import { readGlossary } from './read-glossary.ts';

/**
 * Text in these is never linked: a link in a heading reads badly and breaks the heading's own
 * anchor, a link inside a link is invalid HTML, and code is typed exactly as shown. MDX
 * components (mdxJsx*) render their children their own way, so they are left alone too. The
 * numbers of numbered steps are list markers drawn by CSS, never text, so nothing links them.
 */
const NO_LINKS_INSIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'button', 'svg', 'math', 'script', 'style']);

// The frontmatter fields the guide page links, read leniently: anything else in the
// frontmatter is the loader's business, which reports problems with file and field before
// Astro compiles any body (src/build/build-all.ts loads the content first).
const linkFieldsSchema = z.object({
  summary: guideSchema.shape.summary,
  audience: guideSchema.shape.audience,
  before: guideSchema.shape.before,
  documents: guideSchema.shape.documents,
  steps: guideSchema.shape.steps,
  deadline: guideSchema.shape.deadline,
  fee: guideSchema.shape.fee,
  processingTime: guideSchema.shape.processingTime,
  result: guideSchema.shape.result,
});

/**
 * Sätteri hast plugin (Astro 7's MDX pipeline, `markdown.processor: satteri({ hastPlugins })`)
 * that links the first use of each glossary term in the MDX bodies of guides and content pages
 * of `contentDir`. On a guide page the body comes after the frontmatter fields, which the page
 * links itself, so the plugin first plans the same fields (getGuideLinkTexts) and links only
 * what they left, and tells the page what the body linked (body-glossary-links.ts) for the
 * help box below it. An author's own glossary link counts as the term's first use; a second
 * link to a term the page already links, or one past the page's limit, is turned back into
 * plain text.
 */
export function createGlossaryLinksPlugin(contentDir: string): HastPluginEntry {
  // Vite names files by their real path; a content folder reached through a symlink must compare equal.
  const real = (folder: string) => {
    try {
      return realpathSync(folder);
    } catch {
      return folder;
    }
  };
  const folders = { guides: real(path.join(contentDir, 'guides')), pages: real(path.join(contentDir, 'pages')) };
  return (document: PluginFactoryContext): HastPluginDefinition | undefined => {
    if (!document.fileURL) return undefined;
    const folder = path.dirname(fileURLToPath(document.fileURL));
    if (folder !== folders.guides && folder !== folders.pages) return undefined;
    const glossary = readGlossary(contentDir);
    if (glossary.length === 0) return undefined;
    // Astro hands the parsed frontmatter to Sätteri plugins as data.astro.frontmatter (@astrojs/markdown-satteri, mdx/create-processor.js).
    const frontmatter = (document.data.astro as { frontmatter?: unknown } | undefined)?.frontmatter;
    const fields = folder === folders.guides ? linkFieldsSchema.safeParse(frontmatter ?? {}) : undefined;
    const linker = createGlossaryLinker(glossary, { plan: fields?.success ? getGuideLinkTexts(fields.data) : [] });
    return {
      name: 'dvc-kit:glossary-links',
      before: (root, ctx) => {
        linkBody(root, ctx, linker);
        setBodyGlossaryLinks(frontmatter, linker.linked);
      },
    };
  };
}

function linkBody(root: Readonly<Root>, ctx: HastVisitorContext, linker: GlossaryLinker): void {
  // Terms the author links by hand stay unlinked before that link, so the link is the first.
  visitParents(root as Root, 'element', (node) => {
    const id = getAuthorLinkId(node);
    if (id) linker.reserve(id);
  });
  visitParents(root as Root, (node: Nodes, ancestors: Parents[]) => {
    if (node.type === 'element') {
      const id = getAuthorLinkId(node);
      if (!id) return undefined;
      if (linker.claim(id)) ctx.setProperty(node, 'className', [...toClassList(node.properties.className), 'term-link']);
      else ctx.replaceNode(node, node.children.map(toPlainCopy));
      return SKIP;
    }
    if (node.type !== 'text' || ancestors.some(isNoLinkZone)) return undefined;
    const parts = linker(node.value);
    if (parts.some((part) => typeof part !== 'string')) ctx.replaceNode(node, parts.map(toHast));
    return undefined;
  });
}

function getAuthorLinkId(node: Element): string | undefined {
  const href = node.tagName === 'a' ? node.properties.href : undefined;
  return typeof href === 'string' ? getGlossaryId(href) : undefined;
}

function isNoLinkZone(node: Parents): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || (node.type === 'element' && NO_LINKS_INSIDE.has(node.tagName));
}

function toHast(part: GlossaryPart): ElementContent {
  if (typeof part === 'string') return { type: 'text', value: part };
  return { type: 'element', tagName: 'a', properties: { href: getGlossaryHref(part.id), className: ['term-link'] }, children: [{ type: 'text', value: part.text }] };
}

function toClassList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Nodes read from the tree belong to it; new content must be plain objects (satteri's visitor-shared.ts). */
function toPlainCopy(node: ElementContent): ElementContent {
  return JSON.parse(JSON.stringify(node)) as ElementContent;
}
