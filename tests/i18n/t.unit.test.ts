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

describe('message keys used by templates', () => {
  it('exist in the message table for every t() call in src/ (.astro files are not type-checked)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir('src', { recursive: true })).filter((file) => /\.(astro|ts)$/.test(file));
    const missing: string[] = [];
    for (const file of files) {
      for (const [, key] of (await readFile(`src/${file}`, 'utf8')).matchAll(/\bt\('([\w.]+)'/g)) if (!(key! in vi)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });
});
