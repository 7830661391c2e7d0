/**
 * Hidden HTML comments that mark what iam-mutate posted, per config, so a re-run finds its own
 * comment and review comments (and a second config in the same repository keeps its own).
 * The config path is URI-encoded: `--` or `>` in a path cannot end the HTML comment early.
 */
export function stickyCommentMarker(configPath: string): string {
  return `<!-- iam-mutate:comment config=${encodeURIComponent(configPath)} -->`;
}

export function reviewCommentMarker(configPath: string): string {
  return `<!-- iam-mutate:review config=${encodeURIComponent(configPath)} -->`;
}
