/** The checks every settings.json field shares: text that is safe to show, and fields the course does not read. */
import { unsafeTextReason } from '../lib/safe-text.ts';

/** What a reader of settings.json hands back: values refused, and fields not read. */
export interface SettingsReport {
  /** Values that were wrong or unsafe, each replaced by the course's own. */
  problems: string[];
  /** Fields the course does not read, named so a typo is not silently lost. */
  ignored: string[];
}

export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Why a text field cannot be used, or undefined when it can. */
export function textProblem(field: string, v: unknown): string | undefined {
  if (!isText(v)) return `${field} must be text`;
  const unsafe = unsafeTextReason(v);
  return unsafe && `${field} ${unsafe}`;
}

export function unknownFields(where: string, v: Record<string, unknown>, known: readonly string[]): string[] {
  const extra = Object.keys(v).filter((k) => !known.includes(k));
  return extra.length === 0
    ? []
    : [`${where}: ${extra.map((k) => JSON.stringify(k)).join(', ')} (the course reads only ${known.join(', ')})`];
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
