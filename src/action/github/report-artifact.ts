import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../common/errors.js';
import type { Report } from '../../report/report-types.js';
import type { GitHubClient, RepoRef } from './client.js';

/**
 * The two-job pattern for fork pull requests (docs/github-action.md): job 1 runs the proof
 * with a read-only token and uploads report.json plus this context; job 2 (`workflow_run`,
 * `mode: comment-from-artifact`) reads them and posts. The context is written by code that ran
 * next to untrusted PR code, so job 2 trusts none of it without checking (see
 * verifyArtifactPullRequest).
 */
export interface ArtifactContext {
  pullNumber: number;
  headSha: string;
  configPath: string;
}

export const ARTIFACT_CONTEXT_FILE = 'iam-mutate-context.json';
export const ARTIFACT_REPORT_FILE = 'report.json';
/** A report artifact larger than this is refused (a hostile job 1 could upload anything). */
const MAX_ARTIFACT_FILE_BYTES = 50 * 1024 * 1024;

/** What job 1 writes next to report.json. */
export function artifactContextJson(context: ArtifactContext): string {
  return `${JSON.stringify(context, null, 2)}\n`;
}

/** Reads and shape-checks report.json and the context from a downloaded artifact directory. */
export function readReportArtifact(dir: string): { report: Report; context: ArtifactContext } {
  const report = readJson(path.join(dir, ARTIFACT_REPORT_FILE)) as Partial<Report>;
  const reportFile = path.join(dir, ARTIFACT_REPORT_FILE);
  if (report?.schemaVersion !== 1 || !Array.isArray(report.targets)) {
    throw new InputError([
      {
        file: reportFile,
        severity: 'error',
        message: 'not an iam-mutate report.json (schemaVersion 1 with targets)',
      },
    ]);
  }
  const contextFile = path.join(dir, ARTIFACT_CONTEXT_FILE);
  const c = readJson(contextFile) as Partial<ArtifactContext>;
  if (
    !Number.isSafeInteger(c?.pullNumber) ||
    (c.pullNumber as number) <= 0 ||
    typeof c.headSha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(c.headSha) ||
    typeof c.configPath !== 'string'
  ) {
    throw new InputError([
      {
        file: contextFile,
        severity: 'error',
        message: 'needs pullNumber (positive integer), headSha (40 hex) and configPath',
      },
    ]);
  }
  return { report: report as Report, context: c as ArtifactContext };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    const buf = readFileSync(file);
    if (buf.length > MAX_ARTIFACT_FILE_BYTES) {
      throw new InputError([
        { file, severity: 'error', message: `larger than ${MAX_ARTIFACT_FILE_BYTES} bytes` },
      ]);
    }
    text = buf.toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([
      {
        file,
        severity: 'error',
        message: `cannot read the artifact file (${(error as NodeJS.ErrnoException).code ?? 'error'}); did job 1 upload it?`,
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([
      { file, severity: 'error', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

/**
 * The artifact names a pull request; believe it only if that pull request's head is the commit
 * the triggering workflow run built (workflow_run.head_sha). Otherwise a fork could make job 2
 * comment on any pull request. Returns why not, or undefined when it matches.
 */
export async function verifyArtifactPullRequest(
  client: GitHubClient,
  ref: RepoRef,
  context: ArtifactContext,
  workflowRunHeadSha: string,
): Promise<string | undefined> {
  if (context.headSha !== workflowRunHeadSha) {
    return `the artifact is for commit ${context.headSha}, but the workflow run built ${workflowRunHeadSha}`;
  }
  const { data } = await client.rest.pulls.get({
    owner: ref.owner,
    repo: ref.repo,
    pull_number: context.pullNumber,
  });
  if (data.head.sha !== workflowRunHeadSha) {
    return `pull request #${context.pullNumber} is at ${data.head.sha}, not at the workflow run's ${workflowRunHeadSha}`;
  }
  return undefined;
}
