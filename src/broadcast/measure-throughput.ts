/** Syllables a second over several timed runs of the same work. */
export interface Throughput {
  /** The fastest run: the closest to what the code costs on an idle machine. */
  best: number;
  /** The middle run: what a machine shared with other work gives. */
  median: number;
  runs: number;
  /** Syllables read in all runs together. */
  syllables: number;
}

/**
 * Times `readAll` (one pass over a corpus, returning the syllables it read) in `runs` runs of
 * at least `msPerRun` each. One long run takes the machine's load at that moment as the code's
 * speed: on a shared 2-core machine a single 1 s loop swung from 100,000 to 350,000 syllables a
 * second for the same code. Every run does the whole work, timed by the wall clock, so the best
 * run is still real throughput; the median is reported beside it so a lucky run cannot hide a
 * slow one.
 */
export function measureThroughput(readAll: () => number, runs = 5, msPerRun = 400): Throughput {
  const rates: number[] = [];
  let syllables = 0;
  for (let run = 0; run < runs; run++) {
    let read = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      read += readAll();
      elapsed = performance.now() - start;
    } while (elapsed < msPerRun);
    rates.push(read / (elapsed / 1000));
    syllables += read;
  }
  rates.sort((a, b) => a - b);
  return { best: Math.round(rates[rates.length - 1]!), median: Math.round(rates[Math.floor(rates.length / 2)]!), runs, syllables };
}
