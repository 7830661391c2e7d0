import type { RuntimeFamily } from './types.js';

export interface RuntimeId {
  readonly family: RuntimeFamily;
  /** The identifier as given, e.g. `python3.11`; AWS_EXECUTION_ENV is `AWS_Lambda_<id>`. */
  readonly id: string;
  /** `3.11` for python3.11, `20` for nodejs20.x; what the local interpreter is compared with. */
  readonly majorMinor: string;
}

/**
 * Maps a Lambda runtime identifier onto the local interpreter family that runs it. Only the
 * families matter: python3.x runs on the local python3, nodejs* on the local node, whatever
 * their exact versions (a mismatch is reported as a log line, not refused).
 */
export function parseRuntimeId(runtime: string): RuntimeId | undefined {
  const python = /^python(3\.\d+)$/.exec(runtime);
  if (python) return { family: 'python', id: runtime, majorMinor: python[1]! };
  const node = /^nodejs(\d+)\.x$/.exec(runtime);
  if (node) return { family: 'node', id: runtime, majorMinor: node[1]! };
  return undefined;
}

export const SUPPORTED_RUNTIMES_TEXT =
  'python3.x (the local python3) and nodejsNN.x (the local node)';
