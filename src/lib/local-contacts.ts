/**
 * The kinds of local contact an administrator may list in settings.json, and the checks on
 * an e-mail address: what the settings reader needs at start-up. The words shown for each
 * kind are in local-contact-words.ts, which loads only with a page that shows contacts.
 */
import type { LocalContactKind } from '../course/types.ts';

/** The kinds, in the order the settings README lists them. */
export const LOCAL_CONTACT_KIND_IDS: readonly LocalContactKind[] = [
  'front-door',
  'lado',
  'safeguarding-lead',
  'procedures',
  'escalation',
  'other',
];

export const isLocalContactKind = (v: unknown): v is LocalContactKind => LOCAL_CONTACT_KIND_IDS.includes(v as LocalContactKind);

/** An e-mail address that can only become a plain mailto: link. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const isEmailAddress = (text: string) => EMAIL.test(text.trim());
export const EMAIL_RULE = 'an e-mail address such as safeguarding@example.org';
