import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The `patch` field GitHub's files API returns for a change from `before` to `after`: git's
 * own unified diff (3 lines of context) from the first hunk header on.
 */
export function unifiedPatch(before: string, after: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iam-mutate-patch-'));
  try {
    writeFileSync(path.join(dir, 'a'), before);
    writeFileSync(path.join(dir, 'b'), after);
    const r = spawnSync('git', ['diff', '--no-index', '--no-color', '-U3', 'a', 'b'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const out = r.stdout;
    const at = out.indexOf('@@');
    return at < 0 ? '' : out.slice(at).replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
