/**
 * Writes a zip so that a reader never sees half of one: the bytes go to a temporary file
 * in the same folder, which is then renamed over the target (a rename within one file
 * system is atomic). On any failure the temporary file is removed.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';

export function writeZipAtomically(file: string, entries: Record<string, Uint8Array>): void {
  const data = zipSync(entries);
  const temporary = `${file}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
