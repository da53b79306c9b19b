/** The words the course shows for each kind of local contact (settings README and pages alike). */
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
