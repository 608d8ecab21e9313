import { LIFE_EVENT_KEYS, LIFE_EVENTS, type LifeEvent } from '../schemas/life-event.ts';

export interface LifeEventGroup<T> {
  key: LifeEvent;
  label: string;
  guides: T[];
}

/** Guides grouped by life event, in the order of LIFE_EVENTS, empty groups left out. */
export function groupByLifeEvent<T extends { lifeEvent: LifeEvent; title: string }>(guides: T[]): LifeEventGroup<T>[] {
  return LIFE_EVENT_KEYS.map((key) => ({
    key,
    label: LIFE_EVENTS[key],
    guides: guides.filter((guide) => guide.lifeEvent === key).sort((a, b) => a.title.localeCompare(b.title, 'vi')),
  })).filter((group) => group.guides.length > 0);
}

/** A commune lists at most 5 featured guides; its first counts 5 points, its fifth 1. */
const FEATURED_MAX = 5;

/**
 * Guides the communes feature most, and earliest in their lists, first: what the home page
 * puts forward. With few or no communes, guides from `fallback` fill the remaining places.
 */
export function rankFeatured(featuredLists: string[][], limit: number, fallback: string[] = []): string[] {
  const counts = new Map<string, number>();
  featuredLists.forEach((list) => list.forEach((slug, position) => counts.set(slug, (counts.get(slug) ?? 0) + FEATURED_MAX - position)));
  fallback.forEach((slug) => counts.set(slug, counts.get(slug) ?? 0));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([slug]) => slug);
}
