/**
 * The two kinds of deck as laid-out slides: one guide for one edition, and a commune's combined
 * deck for one meeting (cover, agenda, each featured guide as a part, contacts at the end).
 */
import type { Content, Guide } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { createContactsSlide, createGuideSlides } from './create-guide-slides.ts';
import { getGuideMeetingText } from './guide-meeting-text.ts';
import { resolveSlides } from './layout-slides.ts';
import type { SlideDeck } from './slide-elements.ts';
import type { SlideSpec } from './slide-specs.ts';

export function createGuideDeck(measure: TextMeasurer, content: Content, edition: Edition, guide: Guide): SlideDeck {
  const text = getGuideMeetingText(guide);
  return {
    title: `${guide.title}${edition.titleSuffix}`,
    author: edition.office.text,
    subject: t('meeting.coverPlace', { place: edition.place.text }),
    date: guide.reviewed,
    slides: resolveSlides(measure, createGuideSlides(content, edition, text), { sample: edition.sample ? edition.sampleSource : undefined }),
  };
}

export function createCombinedDeck(measure: TextMeasurer, content: Content, edition: Edition): SlideDeck {
  const guides = getEditionGuides(content, edition);
  const title = t('meeting.combinedTitle', { place: edition.place.text });
  const specs: SlideSpec[] = [
    { kind: 'cover', kicker: t('meeting.coverKicker'), title: { text: title, source: { file: edition.file, field: 'name' } }, lines: [edition.office.text], notes: [t('meetingNotes.combinedWelcome', { count: guides.length })] },
    {
      kind: 'list',
      title: t('meeting.agenda'),
      items: guides.map((guide, i) => ({ text: { text: guide.title, source: { file: edition.file, field: `featured.${i}` } }, notes: t('meetingNotes.agendaItem', { n: i + 1, title: guide.title }), marker: `${i + 1}.` })),
      notes: [t('meetingNotes.agenda')],
    },
    ...guides.flatMap((guide, i) => createGuideSlides(content, edition, getGuideMeetingText(guide), { part: i + 1 })),
    createContactsSlide(edition),
  ];
  return {
    title: `${title}`,
    author: edition.office.text,
    subject: t('meeting.agenda'),
    date: getLatestReview(guides),
    slides: resolveSlides(measure, specs, { sample: edition.sample ? edition.sampleSource : undefined }),
  };
}

/** The edition's guides in its order (the loader has checked every featured slug exists). */
export function getEditionGuides(content: Content, edition: Edition): Guide[] {
  return edition.guides.map((slug) => {
    const guide = content.guides.find((candidate) => candidate.slug === slug);
    if (!guide) throw new Error(`getEditionGuides: ${edition.id} lists "${slug}", which is not a guide`);
    return guide;
  });
}

/** A document made of several guides is as new as its newest review. */
export function getLatestReview(guides: readonly Guide[]): string {
  return guides.map((guide) => guide.reviewed).sort().at(-1) ?? '2000-01-01';
}
