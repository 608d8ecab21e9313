import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { vi } from '../../src/i18n/vi.ts';

describe('t', () => {
  it('fills every placeholder of a message', () => {
    expect(t('edition.serviceCentre', { commune: 'xã Thử' })).toBe('Trung tâm Phục vụ hành chính công xã Thử');
  });

  it('refuses to leave a placeholder blank', () => {
    expect(() => t('edition.serviceCentre')).toThrow('t("edition.serviceCentre"): no value for {commune}');
  });

  it('keeps every message in NFC, so printed text extracts as typed', () => {
    for (const [key, message] of Object.entries(vi)) expect(message.normalize('NFC'), key).toBe(message);
  });
});
