/**
 * Turns a content folder into what an office that has published would have: every `sample: true`
 * set to false, the "(mẫu)" markers gone from names and addresses, invented phone numbers
 * replaced by other numbers in the formats offices print, and any address on a domain reserved
 * for examples (RFC 2606, RFC 6761) moved to the province's real domain. Issue 8: "Flipping
 * every sample: true in content/ to false with real-looking contacts must leave npm test green."
 * Edits the folder in place: call it on a copy (scripts/check-published-content.ts makes one).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What was changed, for the script's report. */
export interface PublishReport {
  files: string[];
  samplesFlipped: number;
  phonesReplaced: number;
}

/** Domains reserved for documentation and tests, written in content (https://a.example.com/x, x.test). */
const RESERVED_DOMAIN = /\b(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|test|invalid|localhost))\b/gi;

/** A YAML value that is a phone number: `phone: 0208 3870 001`, `hotline: 0208 3855 123`. */
const PHONE_FIELD = /^(\s*(?:phone|hotline):\s*)([\d\s.+()]+)$/gm;

export async function publishContent(dir: string): Promise<PublishReport> {
  const report: PublishReport = { files: [], samplesFlipped: 0, phonesReplaced: 0 };
  for (const file of await listTextFiles(dir)) {
    const before = await readFile(file, 'utf8');
    const after = publishText(before, report);
    if (after === before) continue;
    await writeFile(file, after);
    report.files.push(path.relative(dir, file));
  }
  return report;
}

/** One file's text as published; counts go into `report`. */
export function publishText(text: string, report: PublishReport = { files: [], samplesFlipped: 0, phonesReplaced: 0 }): string {
  return text
    .replace(/^(\s*sample:\s*)true\b/gm, (_, key: string) => (report.samplesFlipped++, `${key}false`))
    // "Sở Văn hóa … (mẫu)", "Trụ sở … (địa chỉ mẫu)", "anh Ma Văn Hùng (mẫu)"
    .replace(/\s*\((?:địa chỉ |số |dữ liệu )?mẫu\)/giu, '')
    .replace(/đường Mẫu\b/gu, 'đường Hoàng Văn Thụ')
    .replace(PHONE_FIELD, (_, key: string, number: string) => `${key}${getPublishedPhone(number, report.phonesReplaced++)}`)
    .replace(RESERVED_DOMAIN, 'thainguyen.gov.vn');
}

/**
 * Another number of the same kind, in the printed formats the schema accepts: a landline stays a
 * Thái Nguyên landline (0208 + 7 digits), a mobile stays a 10-digit mobile.
 */
function getPublishedPhone(number: string, n: number): string {
  const digits = number.replace(/\D/g, '');
  const tail = String(4170 + n * 37).padStart(4, '0').slice(-4);
  if (digits.startsWith('0208')) return `0208 38${tail.slice(0, 2)} ${tail.slice(2)}${n % 10}`;
  return `0983 ${tail.slice(0, 3)} ${tail.slice(3)}${String(n * 7 + 11).padStart(2, '0').slice(-2)}`;
}

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:ya?ml|mdx|csv)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
