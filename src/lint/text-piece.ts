/** A run of text inside a piece, with the line it starts on and the link it sits in, if any. */
export interface Segment {
  text: string;
  /** Offset of this segment in the piece's text. */
  start: number;
  /** Line of the segment's first character in the file. */
  line: number;
  /** Address of the link the text is the label of (Markdown `[label](url)`), if any. */
  link?: string;
}

/**
 * One block of prose the rules read: a frontmatter value ("steps.0.detail") or a paragraph,
 * list item or heading of the MDX body. Rules look at `text`; `segments` map offsets back to
 * lines and links.
 */
export interface TextPiece {
  field: string;
  text: string;
  segments: Segment[];
  /** Headings are titles, not sentences: the sentence and glossary rules skip them. */
  isHeading: boolean;
}

/** A piece made of one plain string (frontmatter values, glossary definitions). */
export function createPlainPiece(field: string, text: string, line: number): TextPiece {
  return { field, text, segments: [{ text, start: 0, line }], isHeading: false };
}

/** The line in the file of a character of the piece. */
export function getLineAt(piece: TextPiece, offset: number): number {
  let segment = piece.segments[0];
  for (const candidate of piece.segments) {
    if (candidate.start > offset) break;
    segment = candidate;
  }
  if (!segment) return 0;
  const before = segment.text.slice(0, Math.max(0, offset - segment.start));
  return segment.line + (before.match(/\n/g)?.length ?? 0);
}

/** The segment a character of the piece belongs to. */
export function getSegmentAt(piece: TextPiece, offset: number): Segment | undefined {
  return piece.segments.find((segment) => offset >= segment.start && offset < segment.start + segment.text.length);
}
