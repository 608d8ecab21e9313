import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One hostile body from tests/corpus/hostile-mdx.yaml. */
export interface HostileCase {
  name: string;
  attacks: string;
  source: string;
  body: string;
  /** line:column of the refusal, counted in the body. */
  at: string;
  /** A part of the message the build must print. */
  expect: string;
}

export const HOSTILE_MDX: HostileCase[] = parse(readFileSync('tests/corpus/hostile-mdx.yaml', 'utf8'));
