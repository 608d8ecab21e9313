import type { EditionContact } from '../editions/edition.ts';

/**
 * "Who to ask" as one line: the contact's name, then the person to ask for. A commune file often
 * names the team again in its person ("Tổ công nghệ số cộng đồng xã – anh …"), so a person
 * that already starts with the name stands alone instead of repeating it.
 */
export function getContactName(contact: EditionContact): string {
  const name = contact.name.text;
  const person = contact.person?.text;
  if (!person) return name;
  return person.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi')) ? person : `${name} – ${person}`;
}
