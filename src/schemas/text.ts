import { z } from 'astro/zod';

/**
 * Text as people type it: trimmed, never empty, and NFC-normalised so that "ế" typed as
 * e + two combining marks compares, searches, prints and reads aloud like the precomposed one.
 */
export const text = () =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1, 'must not be empty'));

/** An https address (links and QR codes). Whether its domain is allowed is checked later, against `linkAllowlist`. */
export const httpsUrl = () =>
  z
    .string()
    .trim()
    .pipe(z.url({ error: 'must be a full address such as https://dichvucong.gov.vn' }))
    .refine((value) => value.startsWith('https://'), 'must start with https://');

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether that is a Date or a
 * string, so both are accepted and the value is always the ISO string.
 */
export const isoDate = () =>
  z
    .union([z.date(), z.string()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2026-11-01')
        .refine(isRealDate, 'must be a real calendar date (month 01–12, a day that month has)'),
    );

/** "2026-02-30" has the right shape but no such day: Date would quietly roll it to March. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A domain name for the allowlist: "chinhphu.vn", not "https://chinhphu.vn/". */
export const domain = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a bare domain such as chinhphu.vn (no https://, no slash)');

/** A file name usable in URLs: lower-case ASCII letters, digits and hyphens (no diacritics). */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters a-z, digits and hyphens, without diacritics');

/**
 * A phone number as printed: digits grouped with spaces or dots, a leading + for an
 * international number, brackets round an area code ("(0208) 3855 123"). Anything else (a name,
 * "gọi cho anh Ba", a hyphen) would leave the tap-to-call link empty or wrong (src/format/tel-href.ts).
 */
export const phone = () =>
  text().pipe(
    z
      .string()
      .regex(/^[\d\s.+()]+$/, 'must be a phone number: digits, spaces, dots, + and brackets only, e.g. 0208 3855 123 (write names and notes in another field)')
      .refine((value) => /\d/.test(value), 'must have digits, e.g. 0208 3855 123'),
  );
