import { createHash, randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FunctionCode } from './types.js';
import { extractZip } from './zip-extract.js';

/**
 * Turns a function's code into a directory a worker can run in. Zips are unpacked once per
 * content hash under `codeRoot`: re-invoking (or re-creating) a function with the same package
 * costs nothing, and a new package gets a new directory, which is what makes a code update start
 * a fresh worker. Unpacking goes to a scratch directory renamed into place, so two concurrent
 * first invokes never see a half-written tree.
 */
export function materializeCode(code: FunctionCode, codeRoot: string): string {
  if (code.kind === 'dir') return path.resolve(code.dir);
  const hash = createHash('sha256').update(code.bytes).digest('hex').slice(0, 24);
  const dir = path.join(codeRoot, hash);
  if (existsSync(dir)) return dir;
  const scratch = `${dir}.${randomBytes(4).toString('hex')}.partial`;
  try {
    extractZip(code.bytes, scratch);
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (existsSync(dir)) return dir; // another invoke won the race
    throw error;
  }
  return dir;
}
