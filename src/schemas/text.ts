import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';

/**
 * Text as people type it: trimmed, never empty, and NFC-normalised so that "ế" typed as
 * e + two combining marks compares, searches, prints and reads aloud like the precomposed one.
 */
export const text = () =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1, schemaRule('schema.notEmpty')));

/** An https address (links and QR codes). Whether its domain is allowed is checked later, against `linkAllowlist`. */
export const httpsUrl = () =>
  z
    .string()
    .trim()
    .pipe(z.url({ error: schemaRule('schema.fullUrl') }))
    .refine((value) => value.startsWith('https://'), schemaRule('schema.https'));

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
        .regex(/^\d{4}-\d{2}-\d{2}$/, schemaRule('schema.dateFormat'))
        .refine(isRealDate, schemaRule('schema.realDate')),
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
    .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, schemaRule('schema.domain'));

/** A file name usable in URLs: lower-case ASCII letters, digits and hyphens (no diacritics). */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaRule('schema.slug'));

/**
 * A phone number as printed: digits grouped with spaces or dots, a leading + for an
 * international number, brackets round an area code ("(0208) 3855 123"). Anything else (a name,
 * "gọi cho anh Ba", a hyphen) would leave the tap-to-call link empty or wrong (src/format/tel-href.ts).
 */
export const phone = () =>
  text().pipe(
    z
      .string()
      .regex(/^[\d\s.+()]+$/, schemaRule('schema.phoneChars'))
      .refine((value) => /\d/.test(value), schemaRule('schema.phoneDigits')),
  );
