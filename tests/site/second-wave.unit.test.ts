import { describe, expect, it } from 'vitest';
import { isOneRoundTripFromDone, whenOneRoundTripFromDone } from '../../src/search/second-wave.ts';

describe('isOneRoundTripFromDone', () => {
  it('waits while the rest takes longer than a round trip, and not once it takes less', () => {
    // 400 ms round trip, 50 bytes/ms (400 kbit/s): 20,000 bytes left take 400 ms.
    expect(isOneRoundTripFromDone({ total: 55_000, received: 30_000, roundTripMs: 400, bytesPerMs: 50 })).toBe(false);
    expect(isOneRoundTripFromDone({ total: 55_000, received: 35_000, roundTripMs: 400, bytesPerMs: 50 })).toBe(true);
  });

  it('waits before any rate is known, and is done once every byte is in (or more came than expected)', () => {
    expect(isOneRoundTripFromDone({ total: 55_000, received: 0, roundTripMs: 400, bytesPerMs: 0 })).toBe(false);
    expect(isOneRoundTripFromDone({ total: 55_000, received: 55_000, roundTripMs: 400, bytesPerMs: 0 })).toBe(true);
    expect(isOneRoundTripFromDone({ total: 55_000, received: 90_000, roundTripMs: 400, bytesPerMs: 0 })).toBe(true);
  });
});

/** A response whose body arrives in `chunks`, one every `everyMs`. */
function slowResponse(chunks: Uint8Array[], everyMs: number): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      if (next < chunks.length) controller.enqueue(chunks[next++]!);
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
}

describe('whenOneRoundTripFromDone', () => {
  it('calls once, before the last chunk, when the rest is one round trip away; the body passes through byte for byte', async () => {
    const chunks = Array.from({ length: 10 }, (_, i) => new Uint8Array(1_000).fill(i));
    // A 1 s round trip: at about 50 bytes/ms the rest is within it well before the end, even if a loaded machine runs the timers ten times late.
    const requestedAt = performance.now() - 1_000;
    let calledAtByte = -1;
    let calls = 0;
    let read = 0;
    const watched = whenOneRoundTripFromDone(slowResponse(chunks, 20), 10_000, requestedAt, () => {
      calls += 1;
      calledAtByte = read;
    });
    const reader = watched.body!.getReader();
    const received: number[] = [];
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      received.push(...next.value);
      read += next.value.length;
    }
    expect(calls).toBe(1);
    // Called while chunks were still to come, not at the end.
    expect(calledAtByte).toBeGreaterThanOrEqual(0);
    expect(calledAtByte).toBeLessThan(9_000);
    expect(received).toEqual(chunks.flatMap((chunk) => [...chunk]));
    expect(watched.status).toBe(200);
    expect(watched.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('does not take a first packet that comes with the headers for the rate', async () => {
    // 1,500 bytes at once, then 500 every 50 ms (10 bytes/ms): with a 400 ms round trip the rest is
    // one round trip away only once 6,000 of the 10,000 bytes are in.
    const rest = Array.from({ length: 17 }, () => new Uint8Array(500));
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new Uint8Array(1_500)),
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const next = rest.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    let read = 0;
    let calledAtByte = -1;
    const watched = whenOneRoundTripFromDone(new Response(body), 10_000, performance.now() - 400, () => (calledAtByte = read));
    const reader = watched.body!.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) read += next.value.length;
    expect(calledAtByte).toBeGreaterThan(1_500);
  });

  it('calls at the end when the rate never says so (the file is larger than expected)', async () => {
    let calls = 0;
    const watched = whenOneRoundTripFromDone(slowResponse([new Uint8Array(10), new Uint8Array(10)], 5), 1_000_000, performance.now(), () => (calls += 1));
    expect(calls).toBe(0);
    expect((await watched.arrayBuffer()).byteLength).toBe(20);
    expect(calls).toBe(1);
  });

  it('calls at once for a response without a body', () => {
    let calls = 0;
    whenOneRoundTripFromDone(new Response(null, { status: 204 }), 100, performance.now(), () => (calls += 1));
    expect(calls).toBe(1);
  });
});
