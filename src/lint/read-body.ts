import { mdxToMdast } from 'satteri';
import type { Segment, TextPiece } from './text-piece.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/** Blocks whose inline children are read as one piece of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes that hold no prose (code, raw HTML, the frontmatter itself). */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * The prose of an MDX body as pieces, one per paragraph, list-item paragraph, heading or table
 * cell, parsed the way Astro parses it (Sätteri). Lines are lines of the whole file, because the
 * parser is given the whole file, frontmatter included.
 */
export function readBody(source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const visitBlock = (node: Node) => {
    if (SKIPPED.has(node.type)) return;
    if (PROSE_BLOCKS.has(node.type)) {
      const segments: Segment[] = [];
      let text = '';
      const visitInline = (inline: Node, link: string | undefined) => {
        if (SKIPPED.has(inline.type) && inline.type !== 'inlineCode') return;
        const line = inline.position?.start.line ?? 0;
        if (inline.type === 'text' || inline.type === 'inlineCode') {
          const value = inline.value ?? '';
          segments.push({ text: value, start: text.length, line, ...(link ? { link } : {}) });
          text += value;
        } else if (inline.type === 'break') {
          text += '\n';
        }
        const inner = inline.type === 'link' ? inline.url : link;
        inline.children?.forEach((child) => visitInline(child, inner));
      };
      node.children?.forEach((child) => visitInline(child, undefined));
      if (text.trim()) pieces.push({ field: 'body', text: text.normalize('NFC'), segments, isHeading: node.type === 'heading' });
      return;
    }
    node.children?.forEach(visitBlock);
  };
  visitBlock(mdxToMdast(source) as Node);
  return pieces;
}
