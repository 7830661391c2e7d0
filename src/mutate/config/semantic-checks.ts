import type { Document } from 'yaml';
import type { Diagnostic } from '../../common/diagnostic.js';
import { forbiddenWorkloadVariable } from '../workload-environment.js';
import { formatKeyPath, locate, type Locate } from './config-diagnostics.js';
import type { RawConfig } from './config-types.js';
import { parseDuration } from './to-config.js';

/** Lambda's own limits on a function's timeout: what a workload may be given. */
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 15 * 60_000;

/**
 * What the schema cannot say about a schema-valid config, located like schema errors:
 * timeouts out of bounds, `env:` names that are never passed on, and emulator endpoints that
 * are not on this machine (a run signs admin requests toward it; never toward AWS).
 */
export function semanticDiagnostics(
  raw: RawConfig,
  doc: Document,
  file: string,
  at: Locate,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (keyPath: (string | number)[], message: string) =>
    out.push({
      file,
      position: locate(doc, keyPath, false, at),
      key: formatKeyPath(keyPath),
      message,
      severity: 'error',
    });
  raw.targets.forEach((t, i) => {
    if (t.timeout === undefined) return;
    const ms = parseDuration(t.timeout);
    if (ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
      report(
        ['targets', i, 'timeout'],
        `timeout ${t.timeout} is out of bounds: between 1s and 15m (Lambda's maximum)`,
      );
    }
  });
  (raw.env ?? []).forEach((name, i) => {
    if (forbiddenWorkloadVariable(name)) {
      report(
        ['env', i],
        `${name} is never passed to workloads (AWS settings, proxies, CI tokens and action inputs stay with iam-mutate)`,
      );
    }
  });
  return out;
}
