import { execFileSync } from 'node:child_process';

/**
 * Writes a zip holding one file, `source`, under `nameInZip`, made by Python's zipfile as a
 * user's packaging script would make it. Synchronous: python3 talks to no emulator here.
 */
export function zipOneFile(zipPath: string, source: string, nameInZip: string): void {
  execFileSync('python3', [
    '-c',
    `import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.write(sys.argv[2], ${JSON.stringify(nameInZip)}); z.close()`,
    zipPath,
    source,
  ]);
}
