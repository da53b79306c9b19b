/**
 * A namespace-aware XML parser for the checks the schemas cannot make. jsdom (already a
 * dev dependency, for the unit tests) has a real DOMParser; it ships no types and
 * @types/jsdom is not installed, so it is loaded through require and typed by hand here,
 * with the DOM types TypeScript already has, instead of a project-wide module shim.
 */
import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
}

const PARSER_ERROR_NS = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';
let parser: DOMParser | undefined;

export type ParsedXml = { ok: true; doc: Document } | { ok: false; error: string };

export function parseXml(xml: string): ParsedXml {
  if (!parser) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
    parser = new new JSDOM('').window.DOMParser();
  }
  const doc = parser.parseFromString(xml, 'application/xml');
  const failure = doc.getElementsByTagNameNS(PARSER_ERROR_NS, 'parsererror')[0];
  return failure ? { ok: false, error: (failure.textContent ?? '').trim() } : { ok: true, doc };
}

/** Elements by local name in any namespace, like XPath's *[local-name()='x']. */
export function elementsNamed(root: Document | Element, localName: string): Element[] {
  return [...root.getElementsByTagNameNS('*', localName)];
}

export function childrenNamed(parent: Element, localName: string): Element[] {
  return [...parent.children].filter((c) => c.localName === localName);
}

/** XPath normalize-space: xs:ID values are whitespace-collapsed before they are compared. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
