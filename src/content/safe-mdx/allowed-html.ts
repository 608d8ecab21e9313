/**
 * The inert HTML an MDX body may hold, beyond Markdown (DESIGN.md "Content is data, not code").
 * Only elements that cannot run code, load anything or change the page around them. Left out
 * on purpose: script, style, iframe, object, embed, form and its controls, meta, link, base,
 * svg and math (their own URL and script attributes), img/video/audio (write an image as
 * Markdown: ![mô tả](/anh.jpg), so it goes through the link policy).
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [], br: [], hr: [], span: [], div: [],
  strong: [], em: [], b: [], i: [], u: [], s: [], small: [], sub: [], sup: [], mark: [],
  abbr: [], code: [], kbd: [], pre: [], del: ['datetime'], ins: ['datetime'], time: ['datetime'],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'reversed', 'type'], li: [], dl: [], dt: [], dd: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  blockquote: ['cite'], q: ['cite'], figure: [], figcaption: [], details: ['open'], summary: [],
  // href is checked by the link policy like a Markdown link.
  a: ['href'],
};

/**
 * Attributes any allowed element may carry. No `id` or `name`: the search and read-aloud pages
 * look elements up by id, and an id in content could shadow them (DOM clobbering, OWASP DOM
 * Clobbering Prevention Cheat Sheet). No `style` or `class`: the CSP blocks inline styles, and
 * the page's look is the kit's.
 */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Whether `attribute` (lower case) is allowed on `element`. */
export function isAllowedAttribute(element: string, attribute: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(attribute) || (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false);
}
