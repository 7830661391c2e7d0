import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Directories that never hold a repository's own policies. */
const SKIP = new Set(['.git', 'node_modules']);

/** Every file under `root`, repo-relative with `/`, sorted (for the `policies` input). */
export function listRepositoryFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) out.push(path.relative(root, abs).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}
