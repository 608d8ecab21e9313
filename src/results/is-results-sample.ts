import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';

/**
 * Whether an output of the results kit must say "MẪU": the figures are made up (site.yaml
 * `results.sample`), or the edition itself is a sample (made-up contacts, Edition.sample).
 */
export function isResultsSample(content: Content, edition: Edition): boolean {
  return content.site.results.sample || edition.sample;
}
