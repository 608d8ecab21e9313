import type { GuideData } from '../schemas/guide.ts';

/** The frontmatter fields a guide page shows with glossary links. */
export type GuideLinkFields = Pick<GuideData, 'summary' | 'audience' | 'before' | 'documents' | 'steps' | 'deadline' | 'fee' | 'processingTime' | 'result'>;

/**
 * The frontmatter texts a guide page links glossary terms in before its MDX body, in the order
 * the page shows them (src/pages/huong-dan/[slug].astro: summary, audience, what you need
 * first, documents, steps, facts). The page plans its links from this list, and the MDX plugin
 * plans the same list to know which terms the body must not link again. A "what you need first"
 * item that names a guide is a link to that guide already, so it is left out. The help box
 * comes after the body and links what is left (body-glossary-links.ts).
 */
export function getGuideLinkTexts(guide: GuideLinkFields): string[] {
  return [
    guide.summary,
    guide.audience,
    ...guide.before.filter((item) => !item.guide).map((item) => item.text),
    ...guide.documents,
    ...guide.steps.flatMap((step) => [step.title, step.detail]),
    ...(guide.deadline ? [guide.deadline] : []),
    guide.fee,
    guide.processingTime,
    guide.result,
  ];
}
