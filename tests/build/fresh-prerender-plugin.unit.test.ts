import { describe, expect, it } from 'vitest';
import { createFreshPrerenderPlugin } from '../../src/build/create-fresh-prerender-plugin.ts';

type Hook = (...args: unknown[]) => unknown;

describe('the fresh prerender modules plugin', () => {
  it('runs in the prerender environment only, so client files keep their names', () => {
    const plugin = createFreshPrerenderPlugin();
    const applies = plugin.applyToEnvironment as Hook;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'client' })).toBe(false);
    expect(applies({ name: 'ssr' })).toBe(false);
  });

  it('mixes a different id into the chunk hashes of each build', () => {
    const hashOf = (plugin: ReturnType<typeof createFreshPrerenderPlugin>) => (plugin.augmentChunkHash as Hook)({ fileName: 'chunks/get-content.mjs' });
    const first = hashOf(createFreshPrerenderPlugin());
    const second = hashOf(createFreshPrerenderPlugin());
    expect(typeof first).toBe('string');
    expect(first).not.toBe(second);
  });
});
