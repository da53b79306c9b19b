/**
 * Checks a manifest against the files actually going into its zip. Many LMSs import only
 * the files a manifest lists (and some refuse a package that lists a file it lacks), so
 * a file that the SCO loads but the manifest leaves out can vanish on upload. This reads
 * the manifest back rather than trusting the list it was built from.
 */
import { MANIFEST_FILE } from './manifest-parts.ts';
import { elementsNamed, parseXml } from './xml-document.ts';

/** Every path the manifest's resources name (<file href> and the launch href), decoded. */
export function manifestFilePaths(manifestXml: string): { paths: string[]; errors: string[] } {
  const parsed = parseXml(manifestXml);
  if (!parsed.ok) return { paths: [], errors: [`${MANIFEST_FILE} is not well-formed XML: ${parsed.error}`] };
  const hrefs = [
    ...elementsNamed(parsed.doc, 'resource').map((r) => r.getAttribute('href')),
    ...elementsNamed(parsed.doc, 'file').map((f) => f.getAttribute('href')),
  ].filter((h): h is string => h !== null);
  const paths: string[] = [];
  const errors: string[] = [];
  for (const href of hrefs) {
    try {
      paths.push(decodeURIComponent(href));
    } catch {
      errors.push(`${MANIFEST_FILE} has an href that is not a valid URL: "${href}"`);
    }
  }
  return { paths: [...new Set(paths)], errors };
}

export function packageContentErrors(manifestXml: string, zipPaths: string[]): string[] {
  const { paths, errors } = manifestFilePaths(manifestXml);
  const listed = new Set(paths);
  const inZip = new Set(zipPaths);
  for (const path of zipPaths) {
    if (path !== MANIFEST_FILE && !listed.has(path)) errors.push(`"${path}" is in the package but the manifest does not list it`);
  }
  for (const path of paths) {
    if (!inZip.has(path)) errors.push(`the manifest lists "${path}" but the package has no such file`);
  }
  return errors;
}
