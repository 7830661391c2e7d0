import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** AWS's limit on a function's unpacked code (250 MB). */
export const MAX_UNZIPPED_BYTES = 262_144_000;

/**
 * A deployment package that cannot be unpacked safely. The Lambda service answers these as
 * InvalidParameterValueException ("Could not unzip uploaded file. Please check your file, then
 * try to upload again.").
 */
export class ZipExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipExtractionError';
  }
}

/**
 * Unpacks a zip (as made by `zip`, Python's zipfile, or any SDK) into `destDir`. Entry names are
 * checked before anything is written: absolute paths, drive letters and `..` segments are
 * refused (zip-slip), and the declared unpacked size is bounded. Symbolic-link entries are
 * written as plain files holding the link text, so they cannot point outside either. File modes
 * are not restored (fflate does not expose them); handlers are read, not executed.
 */
export function extractZip(bytes: Uint8Array, destDir: string): string[] {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        total += entry.originalSize;
        if (total > MAX_UNZIPPED_BYTES) {
          throw new ZipExtractionError(`unzipped size exceeds ${MAX_UNZIPPED_BYTES} bytes`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipExtractionError) throw error;
    throw new ZipExtractionError(`not a readable zip file: ${(error as Error).message}`);
  }
  // Every name is checked before the first byte is written: a bad archive leaves nothing behind.
  const entries = Object.entries(files).map(([name, data]) => ({
    name,
    data,
    relative: safeRelativePath(name),
    isDir: name.endsWith('/') || name.endsWith('\\'),
  }));
  checkFileDirectoryClashes(entries);
  const written: string[] = [];
  const root = path.resolve(destDir);
  try {
    mkdirSync(root, { recursive: true });
    for (const { data, relative, isDir } of entries) {
      if (relative === undefined) continue; // the archive's root directory entry
      const target = path.join(root, relative);
      if (isDir) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
      written.push(relative.split(path.sep).join('/'));
    }
  } catch (error) {
    // Whatever the file system refused, the archive is what is wrong; the message names the
    // error code only, never the host path it was being written to.
    throw new ZipExtractionError(
      `an entry cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return written.sort();
}

/** Longest entry name and path segment accepted (Linux's PATH_MAX and NAME_MAX). */
const MAX_NAME_CHARS = 4096;
const MAX_SEGMENT_BYTES = 255;

/**
 * A name that is a file in one entry and a directory in another (`x` and `x/y`; a symbolic link,
 * which is written as a file, with entries under it) cannot be unpacked.
 */
function checkFileDirectoryClashes(
  entries: ReadonlyArray<{ relative: string | undefined; isDir: boolean }>,
): void {
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const { relative, isDir } of entries) {
    if (relative === undefined) continue;
    const parts = relative.split(path.sep);
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    const name = parts.join('/');
    if (isDir) dirs.add(name);
    else files.add(name);
  }
  for (const name of files) {
    if (dirs.has(name)) throw new ZipExtractionError(`zip entry is both a file and a directory`);
  }
}

function safeRelativePath(name: string): string | undefined {
  if (name.includes('\u0000')) throw new ZipExtractionError('zip entry name contains NUL');
  if (name.length > MAX_NAME_CHARS) throw new ZipExtractionError('zip entry name is too long');
  const parts = name.replace(/\\/g, '/').split('/');
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) {
    throw new ZipExtractionError(`zip entry has an absolute path: ${name}`);
  }
  const kept: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..')
      throw new ZipExtractionError(`zip entry escapes the code directory: ${name}`);
    if (Buffer.byteLength(part) > MAX_SEGMENT_BYTES) {
      throw new ZipExtractionError('zip entry name has a segment too long for a file name');
    }
    kept.push(part);
  }
  return kept.length === 0 ? undefined : path.join(...kept);
}
