import type { GuideData } from '../schemas/guide.ts';

/** The frontmatter fields a guide page shows with glossary links. */
export type GuideLinkFields = Pick<GuideData, 'before' | 'documents' | 'steps' | 'deadline' | 'fee' | 'processingTime' | 'result'>;

/**
 * The frontmatter texts a guide page links glossary terms in, in the order the page shows them
 * (src/pages/huong-dan/[slug].astro: what you need first, documents, steps, facts), all before
 * the MDX body. The page plans its links from this list, and the MDX plugin plans the same list
 * to know which terms the body must not link again. A "what you need first" item that names a
 * guide is a link to that guide already, so it is left out.
 */
export function getGuideLinkTexts(guide: GuideLinkFields): string[] {
  return [
    ...guide.before.filter((item) => !item.guide).map((item) => item.text),
    ...guide.documents,
    ...guide.steps.flatMap((step) => [step.title, step.detail]),
    ...(guide.deadline ? [guide.deadline] : []),
    guide.fee,
    guide.processingTime,
    guide.result,
  ];
}
