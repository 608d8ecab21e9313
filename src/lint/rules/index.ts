import type { LintRule } from '../lint-document.ts';
import { glossaryLinks } from './glossary-links.ts';
import { glossaryVariants } from './glossary-variants.ts';
import { hotlineNumbers } from './hotline-numbers.ts';
import { longSentences } from './long-sentences.ts';
import { obsoleteTerms } from './obsolete-terms.ts';
import { recentSource } from './recent-source.ts';
import { staleReview } from './stale-review.ts';

/** Every rule the content linter runs, in the order findings are listed. */
export const LINT_RULES: readonly LintRule[] = [obsoleteTerms, hotlineNumbers, longSentences, glossaryLinks, glossaryVariants, staleReview, recentSource];
