import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/bench/format-table.ts';

describe('formatTable', () => {
  it('prints ratios to three decimals, so a ratio just over its bar does not print as the bar', () => {
    const table = formatTable('Search', [{ label: 'ratio (bar 1.3)', value: 1.3042, unit: '×' }]);
    expect(table).toContain('1.304 ×');
  });

  it('prints other fractions to one decimal and whole numbers as they are', () => {
    const table = formatTable('Build', [
      { label: 'clean build', value: 36.54, unit: 's' },
      { label: 'requests', value: 11, unit: '' },
    ]);
    expect(table).toContain('36.5 s');
    expect(table).toMatch(/requests\s+11 $/m);
  });
});
