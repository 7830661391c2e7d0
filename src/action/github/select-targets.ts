import path from 'node:path';
import { minimatch } from 'minimatch';
import type { ChangedFile } from './changed-files.js';

/** The events the action distinguishes; anything else runs everything (fail closed). */
export type EventKind = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch' | 'other';

/** A target as the selection needs it: its policy and everything its workload is built from. */
export interface SelectableTarget {
  /** Policy path relative to the repository root, as written in the config. */
  policy: string;
  /** Files or directories (repo-relative) whose change may change what the workload does. */
  workloadPaths: string[];
}

export interface SelectionInput {
  event: EventKind;
  /** The pull request's files; ignored unless `event` is pull_request. */
  changed?: { files: ChangedFile[]; truncated: boolean };
  /** Config path relative to the repository root; undefined when running from `policies`. */
  configPath?: string;
  /** Setup script path relative to the repository root. */
  setupScript?: string;
  targets: SelectableTarget[];
  /** The `policies` input: globs of policy files for repositories without a config. */
  policyGlobs?: string[];
  /**
   * Every file of the checked-out repository (repo-relative), for `policies` on events without
   * a file list; see listRepositoryFiles.
   */
  repoFiles?: string[];
  /** Reads a repo-relative file of the checked-out head; undefined when it does not exist. */
  readFile: (repoPath: string) => string | undefined;
}

export interface Selection {
  /** Policy paths of the targets to run, in config order. */
  targets: string[];
  /** Why each selected target runs (one short phrase per target, for the log and comment). */
  reasons: Record<string, string>;
  /** Other changed files that parse as IAM policies: lint them, they have no workload. */
  lintOnly: string[];
  /** False when nothing relevant changed: post a short neutral result, no comment churn. */
  relevant: boolean;
}

/**
 * Which targets a run covers. A pull request runs the targets whose policy, workload, config
 * or setup changed; other events run them all. A listing GitHub cut short (3,000 files) runs
 * them all too: an unseen change must never skip a proof.
 */
export function selectTargets(input: SelectionInput): Selection {
  const all = input.targets.map((t) => norm(t.policy));
  const lintOnly = lintCandidates(input);
  if (input.event !== 'pull_request' || !input.changed || input.changed.truncated) {
    const why =
      input.event === 'pull_request'
        ? 'the pull request has more files than GitHub lists'
        : `${input.event} event runs every target`;
    return {
      targets: all,
      reasons: Object.fromEntries(all.map((p) => [p, why])),
      lintOnly,
      relevant: all.length > 0 || lintOnly.length > 0,
    };
  }
  const touched = touchedPaths(input.changed.files);
  const reasons: Record<string, string> = {};
  const shared =
    (input.configPath &&
      touched.has(norm(input.configPath)) &&
      `${norm(input.configPath)} changed`) ||
    (input.setupScript &&
      touched.has(norm(input.setupScript)) &&
      `${norm(input.setupScript)} changed`) ||
    undefined;
  for (const t of input.targets) {
    const policy = norm(t.policy);
    if (touched.has(policy)) reasons[policy] = 'policy changed';
    else if (shared) reasons[policy] = shared;
    else {
      const hit = [...touched].find((f) => t.workloadPaths.some((w) => isUnder(f, norm(w))));
      if (hit) reasons[policy] = `workload file ${hit} changed`;
    }
  }
  const targets = all.filter((p) => p in reasons);
  return { targets, reasons, lintOnly, relevant: targets.length > 0 || lintOnly.length > 0 };
}

/**
 * Changed `*.json` files (or files matching `policies`) that are not a target's policy and
 * parse as an IAM policy document. Removed files are gone and have nothing to lint.
 */
function lintCandidates(input: SelectionInput): string[] {
  const targets = new Set(input.targets.map((t) => norm(t.policy)));
  const globs = input.policyGlobs ?? [];
  let candidates: string[];
  if (input.event === 'pull_request' && input.changed && !input.changed.truncated) {
    candidates = input.changed.files
      .filter((f) => f.status !== 'removed')
      .map((f) => norm(f.path))
      .filter((p) => (globs.length ? matchesAny(p, globs) : p.endsWith('.json')));
  } else {
    // Without a file list only the `policies` globs name files (every *.json would be noise).
    candidates = globs.length
      ? (input.repoFiles ?? []).map(norm).filter((p) => matchesAny(p, globs))
      : [];
  }
  return candidates.filter((p) => !targets.has(p) && isIamPolicy(input.readFile(p)));
}

/** True for a JSON document with `Version` and `Statement`, the shape of an IAM policy. */
export function isIamPolicy(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const doc = JSON.parse(text) as unknown;
    return (
      typeof doc === 'object' &&
      doc !== null &&
      !Array.isArray(doc) &&
      'Version' in doc &&
      'Statement' in doc
    );
  } catch {
    return false;
  }
}

export function matchesAny(repoPath: string, globs: string[]): boolean {
  return globs.some((g) => minimatch(repoPath, norm(g), { dot: true }));
}

/** Both names of a renamed file count: moving a policy away changes the target too. */
function touchedPaths(files: ChangedFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    out.add(norm(f.path));
    if (f.previousPath) out.add(norm(f.previousPath));
  }
  return out;
}

function isUnder(file: string, dir: string): boolean {
  if (dir === '' || dir === '.') return true;
  return file === dir || file.startsWith(`${dir.replace(/\/+$/, '')}/`);
}

function norm(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** GITHUB_EVENT_NAME to the kinds above; pull_request_target is never a run event. */
export function eventKind(eventName: string): EventKind {
  return eventName === 'pull_request' ||
    eventName === 'push' ||
    eventName === 'schedule' ||
    eventName === 'workflow_dispatch'
    ? eventName
    : 'other';
}
