import { describe, expect, it } from 'vitest';
import { measureThroughput } from '../../src/broadcast/measure-throughput.ts';

describe('measureThroughput', () => {
  it('times every run over the whole work and reports the fastest and the middle run', () => {
    let passes = 0;
    const result = measureThroughput(() => {
      passes++;
      const until = performance.now() + 2;
      while (performance.now() < until); // 2 ms of work reading 100 syllables: ≤ 50,000 a second.
      return 100;
    }, 5, 20);
    expect(result.runs).toBe(5);
    expect(result.syllables).toBe(100 * passes);
    expect(passes).toBeGreaterThanOrEqual(5);
    expect(result.best).toBeGreaterThanOrEqual(result.median);
    expect(result.best).toBeLessThanOrEqual(50_000);
    expect(result.median).toBeGreaterThan(0);
  });
});
