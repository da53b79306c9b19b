/**
 * The kinds of local contact an administrator may list in settings.json, with the words
 * the course shows for each: one definition for the settings reader, the settings README
 * and the pages that show them.
 */
import type { LocalContactKind } from '../course/types.ts';

export const LOCAL_CONTACT_KINDS: Record<LocalContactKind, { label: string; when: string }> = {
  'front-door': {
    label: "Children's social care front door or MASH",
    when: 'Where to report a concern about a child (MASH: multi-agency safeguarding hub).',
  },
  lado: {
    label: 'LADO (Local Authority Designated Officer)',
    when: 'For concerns or allegations about an adult who works or volunteers with children.',
  },
  'safeguarding-lead': {
    label: 'Named safeguarding lead',
    when: 'For advice on a concern, in your organisation.',
  },
  procedures: { label: 'Local safeguarding procedures', when: 'How concerns are handled here.' },
  escalation: {
    label: 'Escalation policy',
    when: 'How to challenge a decision about a child, or resolve a disagreement between agencies.',
  },
  other: { label: 'Local contact', when: '' },
};

export const isLocalContactKind = (v: unknown): v is LocalContactKind => typeof v === 'string' && Object.hasOwn(LOCAL_CONTACT_KINDS, v);

/** An e-mail address that can only become a plain mailto: link. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const isEmailAddress = (text: string) => EMAIL.test(text.trim());
export const EMAIL_RULE = 'an e-mail address such as safeguarding@example.org';
