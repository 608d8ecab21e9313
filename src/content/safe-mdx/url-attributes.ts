/**
 * Attributes that hold an address the browser may load, navigate to or run, in lower case.
 * From the HTML standard's index of attributes (URL-valued ones), SVG's xlink:href, and the
 * legacy ones the OWASP XSS Filter Evasion Cheat Sheet still lists as vectors (background,
 * dynsrc, lowsrc). `content` counts only on <meta> (http-equiv="refresh" redirects).
 */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'srcset', 'imagesrcset', 'action', 'formaction', 'poster', 'data', 'srcdoc',
  'cite', 'background', 'longdesc', 'usemap', 'codebase', 'classid', 'archive', 'profile',
  'manifest', 'icon', 'ping', 'dynsrc', 'lowsrc', 'itemtype', 'xlink:href', 'xml:base', 'to',
  'from', 'values', 'url',
]);

/** Whether an attribute of `element` holds an address. */
export function isUrlAttribute(element: string, attribute: string): boolean {
  return URL_ATTRIBUTES.has(attribute) || (element === 'meta' && attribute === 'content');
}
