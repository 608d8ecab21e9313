/**
 * What is wrong with an address written in an MDX body, before the link policy
 * (src/content/link-policy.ts, applied in check-content.ts) checks its domain or page:
 * - "obfuscated": character references, white space or control characters inside it. Browsers
 *   decode references and drop tabs and newlines anywhere in a URL and spaces and controls at
 *   its ends (WHATWG URL §4.4, "remove all ASCII tab or newline"), so "java&#x73;cript:" and
 *   "java\tscript:" both run (OWASP XSS Filter Evasion Cheat Sheet). No honest address needs them.
 * - "scheme": a scheme other than https, http (refused later with its own message), mailto
 *   and tel; javascript:, data:, vbscript:, file: and blob: among them.
 * The scheme is compared in lower case: "JaVaScRiPt:" is javascript:.
 */
export type UrlProblem = 'obfuscated' | 'scheme' | undefined;

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto', 'tel']);

export function getUrlProblem(url: string): UrlProblem {
  // eslint-disable-next-line no-control-regex
  if (/&#x?[0-9a-f]+|&[a-z][a-z0-9]*;/i.test(url) || /[\s\u0000-\u001f\u007f-\u009f\u00a0\u2000-\u200f\u2028\u2029\ufeff]/.test(url)) {
    return 'obfuscated';
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) return 'scheme';
  // A backslash is a slash to the browser ("/\evil.example" leaves the site).
  if (url.includes('\\')) return 'obfuscated';
  return undefined;
}

/** The addresses in a srcset ("a.jpg 1x, b.jpg 2x") or a meta refresh content ("0; url=…"). */
export function getUrlsInAttribute(attribute: string, value: string): string[] {
  if (attribute === 'srcset' || attribute === 'imagesrcset') return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean);
  if (attribute === 'content') {
    const match = /url\s*=\s*['"]?([^'"]*)/i.exec(value);
    return match ? [match[1]!.trim()] : [];
  }
  return [value];
}
