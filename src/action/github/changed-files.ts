import type { GitHubClient, RepoRef } from './client.js';

/** One file of a pull request, as the files API reports it (paths relative to the repo root). */
export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The old path of a renamed or copied file. */
  previousPath?: string;
  /** The unified diff of the file; GitHub omits it for binary and very large diffs. */
  patch?: string;
}

export interface ChangedFiles {
  files: ChangedFile[];
  /**
   * True when the pull request has more files than the API lists (GitHub stops at 3,000):
   * callers must then treat every target as possibly changed.
   */
  truncated: boolean;
}

/** GitHub's documented ceiling for "List pull requests files". */
export const PULL_FILES_LIMIT = 3000;

/**
 * Every file of the pull request, 100 per page.
 * https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files
 */
export async function listChangedFiles(
  client: GitHubClient,
  ref: RepoRef & { pullNumber: number },
): Promise<ChangedFiles> {
  const rows = await client.paginate(client.rest.pulls.listFiles, {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber,
    per_page: 100,
  });
  const files = rows.map((f): ChangedFile => ({
    path: f.filename,
    status: f.status,
    ...(f.previous_filename && { previousPath: f.previous_filename }),
    ...(f.patch !== undefined && { patch: f.patch }),
  }));
  return { files, truncated: files.length >= PULL_FILES_LIMIT };
}
