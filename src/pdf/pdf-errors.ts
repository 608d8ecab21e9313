/**
 * Build errors of the print kit, worded for the person who edits the guide: which file,
 * which field, which panel, by how much, and what to change. They are ContentErrors, so the
 * build reports them like every other content problem.
 */
import { ContentError } from '../content/content-error.ts';
import { isAllowedUrl } from '../content/link-policy.ts';
import type { TextSource } from '../content/sourced-text.ts';
import { t } from '../i18n/t.ts';

/** Millimetres and points as Vietnamese writes decimals ("17,7 mm"), one decimal at most. */
const formatDecimal = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

/** Text that does not fit its place even at the smallest allowed size. */
export function createOverflowError(source: TextSource, place: string, minPt: number, overMm: number): ContentError {
  const over = formatDecimal(Math.max(0.1, overMm));
  const printField = getPrintOverride(source.field);
  const fix = printField ? t('pdfError.overflow.fixPrint', { printField }) : t('pdfError.overflow.fix');
  return new ContentError(source.file, source.field, t('pdfError.overflow.problem', { place, minPt: formatDecimal(minPt), over }), fix);
}

/**
 * A token with no spaces (an e-mail address, a dossier code, a web address) that stays wider
 * than its column even broken after ".", "@", "/" and "-" at the smallest size: printed, it
 * would run across the fold onto the next panel.
 */
export function createTooWideError(source: TextSource, place: string, minPt: number, overMm: number): ContentError {
  const over = formatDecimal(Math.max(0.1, overMm));
  return new ContentError(source.file, source.field, t('pdfError.tooWide.problem', { place, minPt: formatDecimal(minPt), over }), t('pdfError.tooWide.fix'));
}

/** A character the embedded font cannot print (it would come out as an empty box). */
export function createMissingGlyphError(source: TextSource, char: string): ContentError {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new ContentError(source.file, source.field, t('pdfError.missingGlyph.problem', { char, code }), t('pdfError.missingGlyph.fix'));
}

/** A QR code would send people somewhere not on the allowlist, or to a plain http address. */
export function createQrTargetError(source: TextSource, url: string, allowed: readonly string[]): ContentError {
  if (isPlainHttpOnAllowedDomain(url, allowed)) {
    return new ContentError(source.file, source.field, t('pdfError.qrHttp.problem', { url }), t('pdfError.qrHttp.fix'));
  }
  return new ContentError(source.file, source.field, t('pdfError.qrNotAllowed.problem', { url, allowed: allowed.join(', ') }), t('pdfError.qrNotAllowed.fix'));
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
