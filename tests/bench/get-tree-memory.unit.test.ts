import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getTreeMemory } from '../../src/bench/get-tree-memory.ts';

const MB = 2 ** 20;

describe('the memory of a process tree', () => {
  // Only Linux lists children in /proc; elsewhere the figure is this process alone and says so.
  it.runIf(getTreeMemory().whole)('counts a child process’s memory besides this process’s own', async () => {
    const before = getTreeMemory();
    // A child that touches 200 MB, says so, and waits to be ended.
    const child = spawn(process.execPath, ['-e', "const b = Buffer.alloc(200 * 2 ** 20, 1); process.stdout.write('ready'); setInterval(() => b[0]++, 1000);"], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const after = getTreeMemory();
      expect(after.processes).toBeGreaterThan(before.processes);
      expect(after.bytes - before.bytes).toBeGreaterThan(190 * MB);
      expect(getTreeMemory(child.pid).bytes).toBeGreaterThan(190 * MB);
    } finally {
      child.kill();
    }
  });

  it('counts at least this process’s resident memory', () => {
    expect(getTreeMemory().bytes).toBeGreaterThanOrEqual(process.memoryUsage.rss() * 0.9);
  });
});
