import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/**
 * Validates `input` against `schema`; on failure returns one ContentError per problem, each
 * naming the field as a dotted path ("steps.2.title") the way it appears in the file.
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
  const name = `\`${field ?? 'the file'}\``;
  if (issue.code === 'invalid_type' && issue.input === null && field === undefined) {
    return { problem: 'is empty', fix: 'fill it in; the schema for this file in src/schemas/ says what it holds, and content/ has an example.' };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { problem: 'is missing', fix: `add ${name}; src/schemas/ says what it holds.` };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return { problem: `is ${JSON.stringify(issue.input)}, which is not allowed`, fix: `write one of ${allowed}.` };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
    return { problem: `has unknown fields ${keys}`, fix: 'check the spelling against src/schemas/, or remove them.' };
  }
  const problem = issue.message.startsWith('must') ? issue.message : `is not valid (${issue.message})`;
  return { problem, fix: `change ${name} so that it follows the rule above.` };
}
