import { describeGitHubError } from './api-error.js';
import type { GitHubClient, RepoRef } from './client.js';
import { workflowCommand, type Annotation } from './workflow-commands.js';

/** GitHub accepts at most 50 annotations per create/update request; more are sent in updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Check run output summary and text are each capped at 65,535 characters. */
const OUTPUT_TEXT_LIMIT = 65535;

export interface CheckRunInput extends RepoRef {
  headSha: string;
  /** Config path; the check is named `iam-mutate (<config>)` so each config has its own check. */
  configPath: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  title: string;
  /** Markdown summary (e.g. the comment's table). */
  summary: string;
  annotations: Annotation[];
  /** Link for the "Details" button, e.g. the workflow run. */
  detailsUrl?: string;
}

export type CheckRunOutcome =
  | { kind: 'check-run'; id: number; url: string; requests: number }
  /** The token may not create check runs (403/404): the annotations went out as workflow commands. */
  | { kind: 'workflow-commands'; reason: string; lines: number };

export function checkRunName(configPath: string): string {
  return `iam-mutate (${configPath})`;
}

/**
 * Creates the completed check run with the first 50 annotations and adds the rest in updates
 * of 50. A permission failure falls back to workflow commands written with `write` (the step's
 * stdout); any other failure is thrown for the caller to report in one line.
 * https://docs.github.com/en/rest/checks/runs#create-a-check-run
 */
export async function publishCheckRun(
  client: GitHubClient,
  input: CheckRunInput,
  write: (line: string) => void,
): Promise<CheckRunOutcome> {
  const batches = chunk(input.annotations, ANNOTATIONS_PER_REQUEST);
  const output = (annotations: Annotation[]) => ({
    title: input.title,
    summary: clip(input.summary),
    annotations: annotations.map(toApi),
  });
  let created;
  try {
    created = await client.rest.checks.create({
      owner: input.owner,
      repo: input.repo,
      name: checkRunName(input.configPath),
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      ...(input.detailsUrl && { details_url: input.detailsUrl }),
      output: output(batches[0] ?? []),
    });
  } catch (error) {
    const failure = describeGitHubError(error);
    if (!failure.permission) throw error;
    for (const a of input.annotations) write(workflowCommand(a));
    return { kind: 'workflow-commands', reason: failure.message, lines: input.annotations.length };
  }
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner: input.owner,
      repo: input.repo,
      check_run_id: created.data.id,
      output: output(batch),
    });
  }
  return {
    kind: 'check-run',
    id: created.data.id,
    url: created.data.html_url ?? '',
    requests: Math.max(batches.length, 1),
  };
}

function toApi(a: Annotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    // GitHub accepts columns only on single-line annotations.
    ...(a.startColumn !== undefined &&
      a.startLine === a.endLine && { start_column: a.startColumn, end_column: a.startColumn }),
    annotation_level: a.level,
    title: a.title.slice(0, 255),
    message: a.message.slice(0, 64 * 1024 - 1),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function clip(text: string): string {
  if (text.length <= OUTPUT_TEXT_LIMIT) return text;
  const note = '\n\n_… cut to fit the check run summary limit; see the job summary._';
  return text.slice(0, OUTPUT_TEXT_LIMIT - note.length) + note;
}
