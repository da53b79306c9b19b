/**
 * What the course refuses in any text it did not write itself: markup, and link addresses
 * that could run script or smuggle a document (javascript:, data:, vbscript:, ...). The
 * content build refuses them in every content field and the settings reader in every
 * settings field, from this one definition. React escapes text anyway; refusing is still
 * right, because an editor who typed a tag or such a link meant something that will not
 * happen, and should be told.
 * Pure and dependency-free: imported by Node build code and by the browser alike.
 */

/** A tag or comment: `<` straight before a letter, `/`, `!` or `?` (`a < b` is fine). */
const MARKUP = /<[/!?]?[a-z][^>]{0,30}>?|<!--/i;

/** Schemes that run script or carry a whole document, as browsers read them (any case). */
const SCRIPT_SCHEME = /^\s*(javascript|vbscript|data|file|blob):/i;

/** External links the course may show: web pages over https, e-mail and phone. */
const SAFE_EXTERNAL = /^(https:\/\/[^\s/?#]+\.[^\s]*|mailto:[^\s]+|tel:[^\s]+)$/;

/** Digits with the usual separators, so `tel:` links can only ever dial. */
const PHONE = /^\+?[0-9][0-9 ()-]{1,24}$/;

const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Why a plain-text value is refused, or undefined when it is fine. */
export function unsafeTextReason(text: string): string | undefined {
  const tag = MARKUP.exec(text);
  if (tag) return `contains markup (${quote(tag[0])}): write plain text, it is shown as written`;
  if (SCRIPT_SCHEME.test(text)) return `is a ${text.trim().split(':')[0].toLowerCase()}: address, which is never allowed: write plain text`;
  return undefined;
}

/** True for an external address the course may link to (https:, mailto:, tel:). */
export function isSafeExternalUrl(href: string): boolean {
  return SAFE_EXTERNAL.test(href) && !SCRIPT_SCHEME.test(href);
}

/** Why an external address is refused, or undefined when it is fine. */
export function unsafeUrlReason(href: string): string | undefined {
  if (isSafeExternalUrl(href)) return undefined;
  if (SCRIPT_SCHEME.test(href))
    return `link ${quote(href)} is unsafe (a ${href.trim().split(':')[0].toLowerCase()}: address can run code or hide a page) and is never allowed`;
  return `link ${quote(href)} is not allowed: use a full https:// address, mailto: or tel:`;
}

export function isPhoneNumber(text: string): boolean {
  return PHONE.test(text.trim());
}

/** The rule in words, for messages that refuse a phone number. */
export const PHONE_RULE = 'digits, spaces, brackets and hyphens only, optionally starting with +';
