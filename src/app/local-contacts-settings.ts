/**
 * Reads `localContacts` from settings.json: the children's social care front door or MASH,
 * the LADO, the named safeguarding lead, and links to local procedures and the escalation
 * policy. The course ships none, so a list that cannot be used means none are shown. A
 * contact missing its id, kind or name, or with no way to reach it (phone, email or url),
 * is left out; a wrong optional field is left out of its contact. Every refusal says why.
 */
import { LOCAL_CONTACT_FIELDS } from '../config/settings-file.ts';
import type { LocalContact } from '../course/types.ts';
import { EMAIL_RULE, LOCAL_CONTACT_KIND_IDS, isEmailAddress, isLocalContactKind } from '../lib/local-contacts.ts';
import { PHONE_RULE, isPhoneNumber, isSafeExternalUrl } from '../lib/safe-text.ts';
import { isObject, textProblem, unknownFields, type SettingsReport } from './settings-checks.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KINDS = LOCAL_CONTACT_KIND_IDS.join(', ');

/** Why an optional field cannot be used, or undefined when it can. */
const optionalChecks: Record<'detail' | 'hours' | 'phone' | 'email' | 'url', (where: string, v: unknown) => string | undefined> = {
  detail: (where, v) => textProblem(`${where}: detail`, v),
  hours: (where, v) => textProblem(`${where}: hours`, v),
  // Each becomes a link (tel:, mailto:, https:), so only its own kind of address is allowed.
  phone: (where, v) =>
    textProblem(`${where}: phone`, v) ??
    (isPhoneNumber(v as string) ? undefined : `${where}: phone must be a phone number (${PHONE_RULE})`),
  email: (where, v) =>
    textProblem(`${where}: email`, v) ?? (isEmailAddress(v as string) ? undefined : `${where}: email must be ${EMAIL_RULE}`),
  url: (where, v) =>
    textProblem(`${where}: url`, v) ??
    ((v as string).startsWith('https://') && isSafeExternalUrl(v as string)
      ? undefined
      : `${where}: url must be a full web address starting with https://`),
};

function readContact(v: unknown, i: number, out: SettingsReport): LocalContact | undefined {
  const where = `local contact ${i + 1}`;
  if (!isObject(v)) {
    out.problems.push(`${where} must be an object with an id, a kind and a name, so it is left out`);
    return undefined;
  }
  out.ignored.push(...unknownFields(where, v, LOCAL_CONTACT_FIELDS));
  const required = [
    typeof v.id === 'string' && ID.test(v.id) ? undefined : `${where}: id must be lower-case letters, digits and hyphens`,
    isLocalContactKind(v.kind) ? undefined : `${where}: kind must be one of ${KINDS}`,
    textProblem(`${where}: name`, v.name),
  ].filter((p) => p !== undefined);
  if (required.length > 0) {
    out.problems.push(`${required.join('; ')}, so the contact is left out`);
    return undefined;
  }
  const contact = { id: v.id, kind: v.kind, name: v.name } as LocalContact;
  for (const [field, check] of Object.entries(optionalChecks) as [
    keyof typeof optionalChecks,
    (w: string, x: unknown) => string | undefined,
  ][]) {
    if (v[field] === undefined) continue;
    const problem = check(where, v[field]);
    if (problem) out.problems.push(`${problem}, so it is not shown`);
    else contact[field] = (v[field] as string).trim();
  }
  if (!contact.phone && !contact.email && !contact.url) {
    out.problems.push(`${where}: "${contact.name}" has no usable phone, email or url, so the contact is left out`);
    return undefined;
  }
  return contact;
}

/** The usable contacts (possibly none), or undefined when the field is not a list. */
export function readLocalContacts(v: unknown, out: SettingsReport): LocalContact[] | undefined {
  if (!Array.isArray(v)) {
    out.problems.push('localContacts must be a list (use [] for none), so no local contacts are shown');
    return undefined;
  }
  const seen = new Set<string>();
  return v.flatMap((c, i) => {
    const contact = readContact(c, i, out);
    if (!contact) return [];
    if (seen.has(contact.id)) {
      out.problems.push(`local contact ${i + 1}: id "${contact.id}" is used twice, so the contact is left out`);
      return [];
    }
    seen.add(contact.id);
    return [contact];
  });
}
