import { t } from '../../i18n/t.ts';

/**
 * What the office reads when a body is refused: what was found and how to write it instead.
 * The words are in the message table (src/i18n/vi.ts, keys "mdx.*").
 */
export const SAFE_MDX_MESSAGES = {
  esm: { found: (statement: string) => t('mdx.esm.found', { statement }), fix: t('mdx.esm.fix') },
  expression: { found: (code: string) => t('mdx.expression.found', { code }), fix: t('mdx.expression.fix') },
  attributeExpression: { found: (element: string, attribute: string) => t('mdx.attributeExpression.found', { element, attribute }), fix: t('mdx.attributeExpression.fix') },
  spread: { found: (element: string) => t('mdx.spread.found', { element }), fix: t('mdx.spread.fix') },
  eventHandler: { found: (element: string, attribute: string) => t('mdx.eventHandler.found', { element, attribute }), fix: t('mdx.eventHandler.fix') },
  component: { found: (name: string, allowed: string) => t('mdx.component.found', { name, allowed: allowed || t('mdx.component.none') }), fix: t('mdx.component.fix') },
  element: { found: (name: string) => t('mdx.element.found', { name }), fix: t('mdx.element.fix') },
  attribute: { found: (element: string, attribute: string) => t('mdx.attribute.found', { element, attribute }), fix: t('mdx.attribute.fix') },
  urlAttribute: { found: (element: string, attribute: string) => t('mdx.urlAttribute.found', { element, attribute }), fix: t('mdx.urlAttribute.fix') },
  obfuscatedUrl: { found: (where: string, url: string) => t('mdx.obfuscatedUrl.found', { where, url }), fix: t('mdx.obfuscatedUrl.fix') },
  schemeUrl: { found: (where: string, url: string) => t('mdx.schemeUrl.found', { where, url }), fix: t('mdx.schemeUrl.fix') },
} as const;

/** How a place holding an address is named in a message. */
export const describeUrlPlace = {
  attribute: (element: string, attribute: string) => t('mdx.place.attribute', { element, attribute }),
  link: () => t('mdx.place.link'),
  image: () => t('mdx.place.image'),
  definition: () => t('mdx.place.definition'),
};
