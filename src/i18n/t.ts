/**
 * The one way templates get their words: `t('contact.hotline')`, `t('edition.serviceCentre', { commune })`.
 * Strings live in one table per locale (src/i18n/vi.ts), like Starlight's createTranslationSystem,
 * so a Tày or H'Mông edition is a second table, not a hunt through every template.
 */
import { vi, type Messages } from './vi.ts';

export type Locale = 'vi';
export type MessageKey = keyof Messages;

const tables: Record<Locale, Messages> = { vi };

/** The message for `key`, with `{name}` placeholders filled from `values`. A missing value is a bug, not a blank. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, locale: Locale = 'vi'): string {
  const template: string | undefined = tables[locale][key];
  // .astro templates are not type-checked by tsc: an unknown key must fail loudly, by name.
  if (template === undefined) throw new Error(`t("${key}"): no such message in src/i18n/${locale}.ts`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`t("${key}"): no value for {${name}}`);
    return String(value);
  });
}
