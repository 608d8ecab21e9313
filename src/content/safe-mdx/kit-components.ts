/**
 * The kit's own components an MDX body may use, with the props each takes (literal strings
 * only). None today: guide and page bodies are rendered with `<Content />` and no `components`
 * map (src/pages/huong-dan/[slug].astro, src/components/ContentPageBody.astro), and imports are
 * refused, so a capitalised tag could never resolve. To offer one, pass it to `<Content
 * components={…}>` in those two places, list it here and in README ("What a guide body may
 * hold").
 */
export const KIT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {};
