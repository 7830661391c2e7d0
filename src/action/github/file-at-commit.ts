import { describeGitHubError } from './api-error.js';
import type { GitHubClient, RepoRef } from './client.js';

/**
 * A file's text at a commit, through the contents API: job 2 of the fork workflow needs the
 * policy text for suggestions without checking out (let alone running) pull request code.
 * Undefined when the file does not exist there.
 * https://docs.github.com/en/rest/repos/contents#get-repository-content
 */
export async function readFileAtCommit(
  client: GitHubClient,
  ref: RepoRef,
  repoPath: string,
  sha: string,
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({
      owner: ref.owner,
      repo: ref.repo,
      path: repoPath,
      ref: sha,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (describeGitHubError(error).status === 404) return undefined;
    throw error;
  }
}
