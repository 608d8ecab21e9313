/**
 * The 1200×630 picture Zalo, Facebook and other apps show for a shared link (the size
 * Facebook's sharing guide asks for: 1.91:1, at least 1200×630). Campaign red with the title in
 * white, the slogan in yellow and the office on a white band; sample editions carry "MẪU" like
 * every other output made from made-up contacts.
 */
import sharp from 'sharp';
import { colours } from '../tokens.ts';
import { getTextPath, measureText, wrapWords } from './text-paths.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCardText {
  title: string;
  slogan: string;
  /** Bottom band: who publishes, and where. */
  office: string;
  host: string;
  sample: boolean;
}

const MARGIN = 72;
const BAND = 110;

/** The card as SVG with every letter an outline (no <text>, so no font lookup when rasterising). */
export function createShareCardSvg(card: ShareCardText): string {
  const { width, height } = SHARE_CARD;
  const textWidth = width - 2 * MARGIN - (card.sample ? 230 : 0);
  const title = fitLines(card.title, 'extrabold', [72, 64, 56, 48, 42], textWidth, 3);
  const slogan = fitLines(card.slogan, 'semibold', [44, 40, 36, 32], width - 2 * MARGIN, 2);
  const paths: string[] = [];
  let y = MARGIN + title.size;
  for (const line of title.lines) {
    paths.push(`<path fill="${colours.paper.rgb}" d="${getTextPath(line, 'extrabold', title.size, MARGIN, y)}"/>`);
    y += title.size * 1.2;
  }
  y += slogan.size * 0.6;
  // A short yellow rule between title and slogan, as on the posters.
  paths.push(`<rect x="${MARGIN}" y="${y - slogan.size * 0.9}" width="96" height="8" fill="${colours.accent.rgb}"/>`);
  y += slogan.size * 0.4;
  for (const line of slogan.lines) {
    paths.push(`<path fill="${colours.accent.rgb}" d="${getTextPath(line, 'semibold', slogan.size, MARGIN, y)}"/>`);
    y += slogan.size * 1.25;
  }
  const bandTop = height - BAND;
  const office = fitLines(card.office, 'bold', [32, 28, 24], width - 2 * MARGIN - measureText(card.host, 'medium', 26) - 40, 1);
  paths.push(`<rect x="0" y="${bandTop}" width="${width}" height="${BAND}" fill="${colours.paper.rgb}"/>`);
  paths.push(`<path fill="${colours.ink.rgb}" d="${getTextPath(office.lines[0]!, 'bold', office.size, MARGIN, bandTop + 66)}"/>`);
  const hostWidth = measureText(card.host, 'medium', 26);
  paths.push(`<path fill="${colours.link.rgb}" d="${getTextPath(card.host, 'medium', 26, width - MARGIN - hostWidth, bandTop + 66)}"/>`);
  if (card.sample) paths.push(createSampleStamp(width - MARGIN - 190, MARGIN - 10));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${colours.brand.rgb}"/>${paths.join('')}</svg>`;
}

/**
 * The card as an 8-bit palette PNG. The card is a few flat colours, so the quantiser's fastest
 * setting without dithering keeps every colour within 1 of the SVG's (13 at most on the letters'
 * edges, as with the default): 63 ms a card instead of 126, for 1.2 KB more (about 34 KB).
 */
export async function renderShareCard(card: ShareCardText): Promise<Buffer> {
  return sharp(Buffer.from(createShareCardSvg(card))).png({ palette: true, effort: 1, dither: 0, compressionLevel: 6 }).toBuffer();
}

/** "MẪU" in a yellow frame, turned a little like a rubber stamp. */
function createSampleStamp(x: number, y: number): string {
  const size = 64;
  const word = 'MẪU';
  const wordWidth = measureText(word, 'extrabold', size);
  const boxWidth = wordWidth + 48;
  const boxHeight = size * 1.5;
  return `<g transform="rotate(-8 ${x + boxWidth / 2} ${y + boxHeight / 2})"><rect x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="8" fill="none" stroke="${colours.accent.rgb}" stroke-width="6"/><path fill="${colours.accent.rgb}" d="${getTextPath(word, 'extrabold', size, x + 24, y + size * 1.18)}"/></g>`;
}

/** The largest size (of `sizes`, largest first) at which `text` wraps into `maxLines`; the last size truncates with "…" if needed. */
function fitLines(text: string, weight: Parameters<typeof wrapWords>[1], sizes: number[], width: number, maxLines: number): { lines: string[]; size: number } {
  for (const size of sizes) {
    const lines = wrapWords(text, weight, size, width);
    if (lines.length <= maxLines && lines.every((line) => measureText(line, weight, size) <= width)) return { lines, size };
  }
  const size = sizes.at(-1)!;
  const lines = wrapWords(text, weight, size, width).slice(0, maxLines);
  // Shorten the last line word by word until it fits with the ellipsis.
  let last = lines[maxLines - 1] ?? '';
  while (last.includes(' ') && measureText(`${last}…`, weight, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  lines[lines.length - 1] = `${last}…`;
  return { lines, size };
}
