import { describe, expect, it } from 'vitest';
import { createRandom, createSeed, shuffle } from '../../src/contest/shuffle.ts';

const items = Array.from({ length: 20 }, (_, i) => i);

describe('the seeded shuffle', () => {
  it('gives the same order for the same seed, every time', () => {
    const once = shuffle(items, createRandom(createSeed(['office', 'a', 'q1'])));
    const again = shuffle(items, createRandom(createSeed(['office', 'a', 'q1'])));
    expect(again).toEqual(once);
  });

  it('keeps every item exactly once', () => {
    expect([...shuffle(items, createRandom(createSeed(['x'])))].sort((a, b) => a - b)).toEqual(items);
  });

  it('gives another order for another version, edition or question text', () => {
    const base = shuffle(items, createRandom(createSeed(['office', 'a', 'q1'])));
    for (const parts of [['office', 'b', 'q1'], ['xa/phu-dinh', 'a', 'q1'], ['office', 'a', 'q1 edited']]) {
      expect(shuffle(items, createRandom(createSeed(parts)))).not.toEqual(base);
    }
  });

  it('draws numbers in [0, 1) that spread over the whole range', () => {
    const random = createRandom(createSeed(['spread']));
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]! += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});
