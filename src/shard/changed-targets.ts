import path from 'node:path';
import { selectTargets, type SelectableTarget } from '../action/github/select-targets.js';
import type { IamMutateConfig } from '../mutate/config/config-types.js';

/**
 * `--changed-from FILE`: the targets a list of changed paths touches (one repo-relative path a
 * line, e.g. `git diff --name-only BASE...HEAD`), chosen exactly as the action chooses them on
 * a pull request (src/action/github/select-targets.ts): the policy, the config, the setup
 * script, or a file next to the workload changed.
 */
export function changedTargets(config: IamMutateConfig, changedList: string): string[] {
  const files = changedList
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((p) => ({ path: p, status: 'modified' as const }));
  const rel = (abs: string) => path.relative(config.rootDir, abs).replace(/\\/g, '/');
  const shared = [path.posix.dirname(rel(config.file))];
  if (config.setup) shared.push(path.posix.dirname(rel(config.setup)));
  // The same workload paths as the action's run-proof.ts selectableTargets.
  const targets: SelectableTarget[] = config.targets.map((t) => {
    const own =
      t.workload.kind === 'lambda' && t.workload.payloadFile
        ? [path.posix.dirname(rel(path.resolve(config.rootDir, t.workload.payloadFile)))]
        : [];
    return { policy: t.policy, workloadPaths: [...new Set([...shared, ...own])] };
  });
  const selection = selectTargets({
    event: 'pull_request',
    changed: { files, truncated: false },
    configPath: rel(config.file),
    ...(config.setup && { setupScript: rel(config.setup) }),
    targets,
    readFile: () => undefined,
  });
  const wanted = new Set(selection.targets);
  return config.targets
    .filter((t) => wanted.has(t.policy.replace(/\\/g, '/').replace(/^(\.\/)+/, '')))
    .map((t) => t.policy);
}
