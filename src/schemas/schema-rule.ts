import { t, type MessageKey } from '../i18n/t.ts';

const rules = new Set<string>();

/**
 * A rule a schema states ("phải bắt đầu bằng https://"), from the message table. zod keeps only
 * the message string on an issue, with no mark of whether the schema wrote it or zod's English
 * default did, so the rules are remembered here and parseWithFriendlyErrors prints a remembered
 * rule after the field's name, and describes zod's own issues by their code instead.
 */
export function schemaRule(key: MessageKey, values?: Record<string, string | number>): string {
  const rule = t(key, values);
  rules.add(rule);
  return rule;
}

/** Whether `message` is a rule some schema stated through schemaRule. */
export function isSchemaRule(message: string): boolean {
  return rules.has(message);
}
