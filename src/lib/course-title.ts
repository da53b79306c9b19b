/**
 * A title ending in its years, "… reviews (2008-12)": the years of the reviews the learning
 * comes from, which the cover shows as its source. One rule for the map's cover and for the
 * copy of it written into index.html at build (tools/content-pipeline/static-cover.ts).
 */
const ENDS_IN_YEARS = /^(.*\S)\s+\((\d{4}(?:-\d{2,4})?)\)$/;

/** The title before its years and the years, or undefined when it does not end in them. */
export function splitTitle(title: string): { main: string; years: string } | undefined {
  const [, main, years] = ENDS_IN_YEARS.exec(title) ?? [];
  return main && years ? { main, years } : undefined;
}
