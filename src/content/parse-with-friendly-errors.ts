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
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const problem = missing ? 'is missing' : describeIssue(issue);
    const fix = missing
      ? `add \`${String(issue.path.at(-1))}\` to the file (see the JSDoc in src/schemas/ for what it means).`
      : `correct \`${field ?? 'the file'}\` so that it ${problem.replace(/^must /, '')}.`;
    return new ContentError(file, field, problem, fix);
  });
  return { data: undefined, errors };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `must be one of ${allowed} (got ${JSON.stringify(issue.input)})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `has unknown fields ${issue.keys.map((k) => `\`${k}\``).join(', ')}; must use only the documented fields`;
  }
  return issue.message.startsWith('must') ? issue.message : `must be valid: ${issue.message}`;
}
