import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a set of report files so that a reader never sees half a file and a failure leaves
 * none of the set behind: every file is first written next to its final name, and only when
 * all of them are on disk are they renamed into place. Returns the final paths, in order.
 */
export async function writeReportFiles(
  dir: string,
  files: Readonly<Record<string, string>>,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const staged: { partial: string; final: string }[] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const final = path.join(dir, name);
      const partial = `${final}.partial-${process.pid}`;
      staged.push({ partial, final });
      await writeFile(partial, content);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.partial, { force: true })));
    throw error;
  }
  for (const { partial, final } of staged) await rename(partial, final);
  return staged.map((s) => s.final);
}
