/**
 * Common mistakes and scams for the deck and notes, taken from the guide's MDX body rather than
 * typed again in the frontmatter: every guide already has "## Những lỗi hay gặp" and
 * "## Cẩn thận lừa đảo" sections for the web page. Rule (README "Hamlet-meeting kit"):
 * - a section counts when its `##` heading contains "lỗi", "lừa đảo" or "cẩn thận";
 * - each list item is one pitfall, and so is each paragraph, except a paragraph holding a
 *   Markdown link (those point elsewhere, "xem Tra cứu hồ sơ …", and are no pitfall);
 * - an item that opens with **bold words** shows those words on the slide (short enough for
 *   30 pt) and keeps the whole item for the speaker notes.
 */
import type { SourcedText } from '../content/sourced-text.ts';

export interface Pitfall {
  /** What the slide shows: the bold lead, or the whole item when it has none. */
  headline: SourcedText;
  /** The whole item as plain text, for the speaker notes and the handout. */
  full: string;
}

const PITFALL_HEADING = /lỗi|lừa đảo|cẩn thận/i;

export function getPitfalls(body: string, file: string): Pitfall[] {
  const pitfalls: Pitfall[] = [];
  let heading: string | undefined;
  let paragraph: string[] = [];
  let counter = 0;
  const flush = () => {
    const raw = paragraph.join(' ').trim();
    paragraph = [];
    if (!heading || raw === '' || /\]\([^)]*\)/.test(raw)) return;
    const bold = /^\*\*(.+?)\*\*/.exec(raw)?.[1];
    const full = toPlainText(raw);
    const field = `body › "## ${heading}" › ${++counter}`;
    pitfalls.push({ headline: { text: bold ? toPlainText(bold) : full, source: { file, field } }, full });
  };
  for (const line of body.split('\n')) {
    const title = /^##\s+(.+?)\s*$/.exec(line)?.[1];
    if (title !== undefined) {
      flush();
      heading = PITFALL_HEADING.test(title) ? title : undefined;
      counter = 0;
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      flush();
      heading = undefined;
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph = [item[1]!];
    } else if (line.trim() === '' || /^\s*</.test(line)) {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return pitfalls;
}

/** Markdown emphasis and links as the words they show. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph under a "## Vì sao …" heading, as plain text, or undefined. */
export function getWhyParagraph(body: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^##\s+Vì sao/i.test(line));
  if (start < 0) return undefined;
  const paragraph: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#/.test(line)) break;
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? toPlainText(paragraph.join(' ')) : undefined;
}
