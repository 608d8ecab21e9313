import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { createPlainPiece, type TextPiece } from './text-piece.ts';

/** Frontmatter fields that are not prose: codes, dates, addresses and titles of other people's documents. */
const NOT_PROSE = [/^lifeEvent$/, /^channel$/, /^onlineLevel$/, /^reviewed$/, /^sources(\.|$)/, /^broadcast\.pronunciations(\.|$)/];

export interface Frontmatter {
  /** Prose values, each with the line it starts on. */
  pieces: TextPiece[];
  /** Line of each field path ("reviewed", "sources", "sources.0.date"), for findings about a field. */
  lines: Map<string, number>;
}

/**
 * Reads the YAML between the `---` lines of an MDX file again, this time keeping the line of every
 * value (the loader's parsed data has none). The file has already been validated by then.
 */
export function readFrontmatter(source: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const pieces: TextPiece[] = [];
  const lines = new Map<string, number>();
  if (!match) return { pieces, lines };
  return readYamlPieces(match[1] ?? '', 1);
}

/** Prose pieces and field lines of a YAML text whose first line is line `firstLine + 1` of its file. */
export function readYamlPieces(yamlText: string, firstLine = 0): Frontmatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const pieces: TextPiece[] = [];
  const lines = new Map<string, number>();
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + firstLine : firstLine + 1);

  const visit = (node: unknown, path: string[], keyLine: number) => {
    const field = path.join('.');
    if (path.length > 0) lines.set(field, keyLine);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value, [...path, key], lineOf(pair.key as Node));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, String(i)], lineOf(item as Node)));
    } else if (isScalar(node) && typeof node.value === 'string') {
      if (NOT_PROSE.some((pattern) => pattern.test(field))) return;
      pieces.push(createPlainPiece(field, node.value.normalize('NFC'), lineOf(node)));
    }
  };
  visit(document.contents, [], firstLine + 1);
  return { pieces, lines };
}
