import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { GitHubApiServer } from './github-api-server.js';

/**
 * One step of the action run as the runner runs it (as in test/action/pull-request-bot.test.ts):
 * every input of action.yml present as INPUT_* with its default (the runner evaluates
 * `${{ github.token }}` to the job's token), overridden by `inputs`; GITHUB_EVENT_PATH a real
 * webhook payload; GITHUB_API_URL the local GitHub REST stand-in; GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. The runner runs dist/index.js; IAM_MUTATE_ACTION_ENTRY=
 * build/src/action/main.js runs the same code unbundled (a worktree whose dist/ is stale).
 */
export const ACTION_ENTRY = path.resolve(process.env.IAM_MUTATE_ACTION_ENTRY ?? 'dist/index.js');

const actionYml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export function runAction(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  server: GitHubApiServer;
  token: string;
  headSha: string;
  inputs?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-runner-'));
  const eventPath = path.join(runnerDir, 'event.json');
  const outputFile = path.join(runnerDir, 'github-output');
  const summaryFile = path.join(runnerDir, 'step-summary');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: options.headSha,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
  };
  for (const [name, input] of Object.entries(actionYml.inputs)) {
    const value = input.default === '${{ github.token }}' ? options.token : (input.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ACTION_ENTRY], { env, cwd: options.workspace });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      }),
    );
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
