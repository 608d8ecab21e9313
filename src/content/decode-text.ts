import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';

/**
 * The text of a content file from its bytes: UTF-8 only, a leading BOM dropped (Windows
 * Notepad and some Excel exports write one; the YAML and frontmatter parsers would otherwise
 * see "\uFEFF---"), NUL bytes refused (a file saved as UTF-16, or binary pasted in), NFC.
 * Throws a ContentError naming the byte offset or line:column.
 */
export function decodeText(bytes: Uint8Array, shownFile: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8');
  const offset = getInvalidUtf8Offset(buffer, text);
  if (offset !== undefined) {
    throw new ContentError(shownFile, t('content.invalidUtf8.place', { offset }), t('content.invalidUtf8.problem', { offset, hex: buffer[offset]!.toString(16).padStart(2, '0') }), t('content.invalidUtf8.fix'));
  }
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nul = withoutBom.indexOf('\u0000');
  if (nul !== -1) {
    const before = withoutBom.slice(0, nul).split('\n');
    const place = t('contentError.line', { line: before.length, column: before.at(-1)!.length + 1 });
    throw new ContentError(shownFile, place, t('content.nul.problem'), t('content.nul.fix'));
  }
  return withoutBom.normalize('NFC');
}

/**
 * Where the first invalid UTF-8 sequence starts. Node decodes each invalid sequence to U+FFFD;
 * re-encoding gives the same bytes up to the first invalid one, so the first difference is it.
 */
function getInvalidUtf8Offset(buffer: Buffer, decoded: string): number | undefined {
  const again = Buffer.from(decoded, 'utf8');
  if (again.equals(buffer)) return undefined;
  const length = Math.min(again.length, buffer.length);
  for (let i = 0; i < length; i += 1) if (again[i] !== buffer[i]) return i;
  return length;
}
