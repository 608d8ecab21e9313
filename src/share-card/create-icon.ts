/**
 * The site icon: a yellow tick on a campaign-red rounded square, the same mark at every size
 * (favicon, apple-touch icon, manifest icons). Drawn without text, so no font is involved.
 */
import sharp from 'sharp';
import { colours } from '../tokens.ts';

/** Manifest icon sizes in px: Android asks for 192 and 512 (web.dev, "Add a web app manifest"). */
export const APP_ICON_SIZES = [192, 512] as const;

export function createIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${colours.brand.rgb}"/><path d="M16 34l10 10 22-24" stroke="${colours.accent.rgb}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`;
}

/**
 * The icon as a `size`-px PNG. `opaque` fills the corners with red too: iOS puts its own
 * rounded mask on apple-touch icons and shows transparent corners as black.
 */
export async function renderIconPng(size: number, opaque = false): Promise<Buffer> {
  const svg = opaque ? createIconSvg().replace('rx="12"', 'rx="0"') : createIconSvg();
  return sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}
