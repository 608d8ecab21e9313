import { describe, expect, it } from 'vitest';
import { decodeTelex } from '../../src/search/decode-telex.ts';

describe('decodeTelex', () => {
  it('reads words typed in Telex with the Vietnamese keyboard off as the words meant', () => {
    expect(['dawng', 'kys', 'keets', 'hoon', 'tamj', 'trus'].map(decodeTelex)).toEqual(['dăng', 'ký', 'kết', 'hôn', 'tạm', 'trú']);
    expect(['ddawng', 'thuwowngf', 'lys', 'lichj', 'tuw', 'phaps'].map(decodeTelex)).toEqual(['đăng', 'thường', 'lý', 'lịch', 'tư', 'pháp']);
  });

  it('reads the tone key wherever it was typed after the vowel, and in capitals', () => {
    expect(decodeTelex('tajm')).toBe('tạm');
    expect(decodeTelex('DDAWNG')).toBe('đăng');
  });

  it('puts the tone where Vietnamese writes it: on the marked vowel, before a final consonant, or on the first of two vowels', () => {
    expect(decodeTelex('nguowif')).toBe('người');
    expect(decodeTelex('hoas')).toBe('hóa');
    expect(decodeTelex('thuyr')).toBe('thủy');
    expect(decodeTelex('chuyeenr')).toBe('chuyển');
  });

  it('leaves alone words that are no Telex: plain Vietnamese without marks, abbreviations, names and English', () => {
    for (const word of ['dang', 'khai', 'sinh', 'cccd', 'bhyt', 'vneid', 'zalo', 'online', 'atm', 'sms', 'facebook', 'platform', '2']) {
      expect(decodeTelex(word), word).toBeUndefined();
    }
  });
});
