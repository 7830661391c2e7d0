import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SandboxPaths } from './invocation-env.js';
import { NODE_BOOTSTRAP_SOURCE } from './node-bootstrap.js';
import { PYTHON_BOOTSTRAP_SOURCE } from './python-bootstrap.js';
import type { RuntimeFamily } from './types.js';

export interface SandboxFiles extends SandboxPaths {
  readonly bootstrap: Readonly<Record<RuntimeFamily, string>>;
  /** Where unpacked deployment packages go. */
  readonly codeRoot: string;
}

/**
 * Lays out the pool's working directory once: the two bootstraps (named by content hash, so two
 * emulator versions sharing a tmpRoot never run each other's), an empty HOME, an empty file that
 * stands in for ~/.aws/config and ~/.aws/credentials, and the code root.
 */
export function prepareSandboxFiles(tmpRoot: string): SandboxFiles {
  const home = path.join(tmpRoot, 'home');
  const codeRoot = path.join(tmpRoot, 'code');
  for (const dir of [home, codeRoot]) mkdirSync(dir, { recursive: true });
  const emptyAwsFile = path.join(tmpRoot, 'empty-aws-config');
  writeFileSync(emptyAwsFile, '');
  return {
    home,
    codeRoot,
    emptyAwsFile,
    bootstrap: {
      python: writeBootstrap(tmpRoot, 'iam_mutate_bootstrap.py', PYTHON_BOOTSTRAP_SOURCE),
      node: writeBootstrap(tmpRoot, 'iam-mutate-bootstrap.mjs', NODE_BOOTSTRAP_SOURCE),
    },
  };
}

function writeBootstrap(tmpRoot: string, name: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const dir = path.join(tmpRoot, 'bootstrap', hash);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}
