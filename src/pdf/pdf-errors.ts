/**
 * Build errors of the print kit, worded for the person who edits the guide: which file,
 * which field, which panel, by how much, and what to change. They are ContentErrors, so the
 * build reports them like every other content problem.
 */
import { ContentError } from '../content/content-error.ts';
import { isAllowedUrl } from '../content/link-policy.ts';
import type { TextSource } from '../content/sourced-text.ts';

/** Text that does not fit its place even at the smallest allowed size. */
export function createOverflowError(source: TextSource, place: string, minPt: number, overMm: number): ContentError {
  const over = Math.max(0.1, Math.round(overMm * 10) / 10);
  const printField = getPrintOverride(source.field);
  const fix = printField
    ? `shorten the text, or give shorter wording for print under \`print: ${printField}:\` in the guide's frontmatter (see guidePrintSchema in src/schemas/guide.ts).`
    : 'shorten the text; print sizes are fixed so every leaflet stays readable.';
  return new ContentError(source.file, source.field, `does not fit the ${place} even at ${minPt} pt: it is ${over} mm too long`, fix);
}

/**
 * A token with no spaces (an e-mail address, a dossier code, a web address) that stays wider
 * than its column even broken after ".", "@", "/" and "-" at the smallest size: printed, it
 * would run across the fold onto the next panel.
 */
export function createTooWideError(source: TextSource, place: string, minPt: number, overMm: number): ContentError {
  const over = Math.max(0.1, Math.round(overMm * 10) / 10);
  return new ContentError(
    source.file,
    source.field,
    `has a word with no spaces that does not fit the width of the ${place} even at ${minPt} pt and broken after ".", "@", "/" or "-": it is ${over} mm too wide and would cross the fold`,
    'add a space, ".", "/" or "-" inside it where a reader may break it, or shorten it (write a long web address as its domain).',
  );
}

/** A character the embedded font cannot print (it would come out as an empty box). */
export function createMissingGlyphError(source: TextSource, char: string): ContentError {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new ContentError(source.file, source.field, `contains "${char}" (${code}), which the print font Be Vietnam Pro cannot print`, 'replace it with ordinary letters, digits or punctuation, or remove it.');
}

/** A QR code would send people somewhere not on the allowlist, or to a plain http address. */
export function createQrTargetError(source: TextSource, url: string, allowed: readonly string[]): ContentError {
  if (isPlainHttpOnAllowedDomain(url, allowed)) {
    return new ContentError(source.file, source.field, `would put ${url} in a QR code, but the address is http, not https: QR codes may only point to https addresses`, 'change `url` to start with https://.');
  }
  return new ContentError(source.file, source.field, `would put ${url} in a QR code, but QR codes may only point to https addresses on ${allowed.join(', ')}`, 'set `url` to the https address where the office publishes this site, or add its domain to linkAllowlist.');
}

function isPlainHttpOnAllowedDomain(url: string, allowed: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:') return false;
  parsed.protocol = 'https:';
  return isAllowedUrl(parsed.href, allowed);
}

/** Fields that have a shorter print-only version in guidePrintSchema. */
function getPrintOverride(field: string): string | undefined {
  const top = field.replace(/^print\./, '').split('.')[0];
  if (top === 'title' || top === 'steps' || top === 'before') return top;
  if (top === 'posterSteps') return 'posterSteps';
  return undefined;
}
