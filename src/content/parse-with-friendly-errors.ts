import type { z } from 'astro/zod';
import { t, type MessageKey } from '../i18n/t.ts';
import { isSchemaRule } from '../schemas/schema-rule.ts';
import { ContentError } from './content-error.ts';

/**
 * Validates `input` against `schema`; on failure returns one ContentError per problem, each
 * naming the field as a dotted path ("steps.2.title") the way it appears in the file, in
 * Vietnamese: a rule the schema states (src/schemas/schema-rule.ts) follows the field's name,
 * and zod's own issues (its messages are English) are described from their code.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): { data: z.output<S>; errors: [] } | { data: undefined; errors: ContentError[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { data: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : undefined;
    const { problem, fix } = describeIssue(issue, field);
    return new ContentError(file, field, problem, fix);
  });
  return { data: undefined, errors };
}

function describeIssue(issue: z.core.$ZodIssue, field: string | undefined): { problem: string; fix: string } {
  const name = field === undefined ? t('contentError.theFile') : t('contentError.field', { field });
  const say = (key: string, values: Record<string, string | number> = {}) => ({
    problem: t(`contentError.${key}.problem` as MessageKey, { name, ...values }),
    fix: t(`contentError.${key}.fix` as MessageKey, values),
  });
  if (isSchemaRule(issue.message)) return { problem: t('contentError.rule.problem', { name, rule: issue.message }), fix: t('contentError.rule.fix') };
  if (issue.code === 'invalid_type' && issue.input === null && field === undefined) return say('fileEmpty');
  if (issue.code === 'invalid_type' && issue.input === undefined && field !== undefined) return say('missing', { field });
  if (issue.code === 'invalid_type') return say('wrongType', { expected: describeType(issue.expected), received: describeValue(issue.input) });
  if (issue.code === 'invalid_value') {
    return say('notAllowed', { value: JSON.stringify(issue.input), allowed: issue.values.map((v) => JSON.stringify(v)).join(', ') });
  }
  if (issue.code === 'unrecognized_keys') return say('unknownFields', { keys: issue.keys.map((k) => `\`${k}\``).join(', ') });
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    const values: Record<string, number> = small ? { minimum: limit } : { maximum: limit };
    if (issue.origin === 'array' || issue.origin === 'set') return say(small ? 'tooFewItems' : 'tooManyItems', values);
    if (issue.origin === 'string') return say(small ? 'tooShort' : 'tooLong', values);
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return say(small ? 'tooSmall' : 'tooBig', values);
  }
  return say('invalid', { detail: issue.message });
}

/** A zod type name in the words of someone typing YAML. */
function describeType(expected: string): string {
  const key = `contentError.type.${expected}` as MessageKey;
  return ['string', 'number', 'int', 'boolean', 'array', 'object', 'date'].includes(expected) ? t(key) : t('contentError.type.other');
}

/** What the YAML held instead, in the same words. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return t('contentError.type.empty');
  if (Array.isArray(value)) return t('contentError.type.array');
  if (value instanceof Date) return t('contentError.type.date');
  if (Number.isInteger(value)) return t('contentError.type.int');
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? t(`contentError.type.${type}`) : t('contentError.type.other');
}
