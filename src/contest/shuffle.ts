/**
 * A seeded shuffle, so version A and B of a sheet are the same every build (reprints match the
 * answer key already handed to the jury) yet differ from each other. The seed is a SHA-256 of
 * the edition id, the version and the questions' ids and words: editing a question reshuffles,
 * rebuilding does not.
 */
import { createHash } from 'node:crypto';

/** A deterministic source of numbers in [0, 1). */
export type Random = () => number;

export function createSeed(parts: readonly string[]): Uint32Array {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return new Uint32Array(digest.buffer.slice(digest.byteOffset, digest.byteOffset + 16));
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-tested): 128 bits of
 * state from the seed, nothing borrowed from Math.random.
 */
export function createRandom(seed: Uint32Array): Random {
  let [a, b, c, d] = [seed[0]! | 0, seed[1]! | 0, seed[2]! | 0, seed[3]! | 0];
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: a fresh sfc32 state needs a few rounds to mix.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
