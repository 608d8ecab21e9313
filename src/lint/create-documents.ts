import type { Content } from '../content/load-content.ts';
import type { DocumentKind, LintDocument } from './lint-document.ts';
import { readBody } from './read-body.ts';
import { readFrontmatter, readYamlPieces } from './read-frontmatter.ts';

/** Texts of the content files, by the path the loader gave them (guide.file, page.file, …). */
export type SourceTexts = ReadonlyMap<string, string>;

/** YAML fields that are addresses, numbers or codes rather than prose, per kind of file. */
const YAML_NOT_PROSE: Record<'glossary' | 'site' | 'commune', RegExp[]> = {
  glossary: [/^\d+\.id$/],
  site: [/^url$/, /^portal(\.|$)/, /^support(\.|$)/, /^linkAllowlist(\.|$)/],
  commune: [/phone$/, /^featured(\.|$)/],
};

/**
 * The content as lint documents: each guide and page with its frontmatter and body pieces, the
 * glossary, site.yaml and each commune file with their prose values. `show` turns a loader path
 * into the path printed in findings.
 */
export function createDocuments(content: Content, texts: SourceTexts, show: (file: string) => string, files: { glossary: string; site: string }): LintDocument[] {
  const documents: LintDocument[] = [];
  const mdx = (kind: DocumentKind, file: string, dates?: LintDocument['dates']) => {
    const source = texts.get(file);
    if (source === undefined) return;
    const frontmatter = readFrontmatter(source);
    documents.push({ kind, file: show(file), pieces: [...frontmatter.pieces, ...readBody(source)], lines: frontmatter.lines, ...(dates ? { dates } : {}) });
  };
  const yaml = (kind: 'glossary' | 'site' | 'commune', file: string) => {
    const source = texts.get(file);
    if (source === undefined) return;
    const { pieces, lines } = readYamlPieces(source);
    const skip = YAML_NOT_PROSE[kind];
    documents.push({ kind, file: show(file), pieces: pieces.filter((piece) => !skip.some((pattern) => pattern.test(piece.field))), lines });
  };
  for (const guide of content.guides) mdx('guide', guide.file, { reviewed: guide.reviewed, sources: guide.sources.map((source) => source.date) });
  for (const page of content.pages) mdx('page', page.file);
  yaml('glossary', files.glossary);
  yaml('site', files.site);
  for (const commune of content.communes) yaml('commune', commune.file);
  return documents;
}
