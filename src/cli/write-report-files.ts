import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes report files so that a reader never sees half a file: each is written next to its
 * final name and renamed into place.
 */
export async function writeReportFiles(
  dir: string,
  files: Record<string, string>,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const final = path.join(dir, name);
    const partial = `${final}.partial-${process.pid}`;
    await writeFile(partial, content);
    await rename(partial, final);
    written.push(final);
  }
  return written;
}
