import { describe, expect, it } from 'vitest';
import type { EditionContact } from '../../src/editions/edition.ts';
import { getContactName } from '../../src/meeting/get-contact-name.ts';

const at = (text: string) => ({ text, source: { file: 'content/communes/x.yaml', field: 'digitalTeam.contact' } });
const contact = (person?: string): EditionContact => ({ role: 'digital-team', name: at('Tổ công nghệ số cộng đồng'), person: person ? at(person) : undefined, phone: at('0912 000 001') });

describe('contact name on slides and handouts', () => {
  it('adds the person after the name', () => {
    expect(getContactName(contact('chị Lan'))).toBe('Tổ công nghệ số cộng đồng – chị Lan');
  });

  it('does not repeat a name the person already starts with', () => {
    expect(getContactName(contact('Tổ công nghệ số cộng đồng xã – anh Hùng'))).toBe('Tổ công nghệ số cộng đồng xã – anh Hùng');
  });

  it('is the name alone without a person', () => {
    expect(getContactName(contact())).toBe('Tổ công nghệ số cộng đồng');
  });
});
