import { describe, expect, it } from 'vitest';
import { normaliseForReading } from '../../src/broadcast/read-aloud/normalise.ts';

// unknown-words.ts remembers its verdict per word; what depends on the neighbours must not be
// remembered with it.
const warned = (text: string) => normaliseForReading(text).warnings.map((warning) => [warning.text, warning.start]);

describe('words seen again', () => {
  it('judges a short word in capitals by its neighbours each time it appears, in either order', () => {
    expect(warned('hẹn TA đi\nVỀ TA ĐI')).toEqual([['TA', 4]]);
    expect(warned('VỀ TA ĐI\nhẹn TA đi')).toEqual([['TA', 13]]);
    expect(warned('VỀ TA ĐI')).toEqual([]);
    expect(warned('hẹn TA đi')).toEqual([['TA', 4]]);
  });

  it('reads a text the same the second time as the first', () => {
    const text = 'Liên hệ Zalo của UBND xã, VNeID và 4G; CA xã Phú Đình trực 24/7.';
    const first = normaliseForReading(text);
    expect(normaliseForReading(text)).toEqual(first);
    expect(first.warnings.map((warning) => warning.text)).toEqual(['Zalo', 'VNeID', '4G']);
  });
});
