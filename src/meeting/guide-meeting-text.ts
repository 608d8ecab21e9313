/**
 * The words a guide's meeting slides and handout use, each tagged with its file and field, all
 * taken from the guide: nothing is typed twice. "Why it matters" is the guide's
 * `broadcast.whyItMatters`, else the first paragraph of its "## Vì sao …" section, else what
 * its online level means; pitfalls come from the body (get-pitfalls.ts).
 */
import { displayPath } from '../content/content-dir.ts';
import { ONLINE_LEVEL_LABELS } from '../content/labels.ts';
import type { Guide } from '../content/load-content.ts';
import type { SourcedText } from '../content/sourced-text.ts';
import { getPitfalls, getWhyParagraph, type Pitfall } from './get-pitfalls.ts';

export interface MeetingStep {
  title: SourcedText;
  detail: SourcedText;
}

export interface GuideMeetingText {
  slug: string;
  file: string;
  title: SourcedText;
  summary: SourcedText;
  audience: SourcedText;
  why: SourcedText;
  before: SourcedText[];
  steps: MeetingStep[];
  documents: SourcedText[];
  fee: SourcedText;
  processingTime: SourcedText;
  result: SourcedText;
  help: SourcedText;
  pitfalls: Pitfall[];
  reviewed: string;
}

export function getGuideMeetingText(guide: Guide): GuideMeetingText {
  const file = displayPath(guide.file);
  const at = (text: string, field: string): SourcedText => ({ text, source: { file, field } });
  const list = (items: string[], field: string) => items.map((text, i) => at(text, `${field}.${i}`));
  const level = ONLINE_LEVEL_LABELS[guide.onlineLevel];
  const bodyWhy = getWhyParagraph(guide.body);
  const why = guide.broadcast.whyItMatters
    ? at(guide.broadcast.whyItMatters, 'broadcast.whyItMatters')
    : bodyWhy
      ? at(bodyWhy, 'body › "## Vì sao …"')
      : at(`${level.name}: ${level.meaning}.`, 'onlineLevel');
  return {
    slug: guide.slug,
    file,
    title: at(guide.title, 'title'),
    summary: at(guide.summary, 'summary'),
    audience: at(guide.audience, 'audience'),
    why,
    before: list(guide.before.map((item) => item.text), 'before'),
    steps: guide.steps.map((step, i) => ({ title: at(step.title, `steps.${i}.title`), detail: at(step.detail, `steps.${i}.detail`) })),
    documents: list(guide.documents, 'documents'),
    fee: at(guide.fee, 'fee'),
    processingTime: at(guide.processingTime, 'processingTime'),
    result: at(guide.result, 'result'),
    help: at(guide.help, 'help'),
    pitfalls: getPitfalls(guide.body, file),
    reviewed: guide.reviewed,
  };
}
