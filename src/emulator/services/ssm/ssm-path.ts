import type { Parameter } from './ssm-store.js';

/** Parameters under a path: direct children only, or every descendant when recursive. */
export function parametersUnder(
  all: Iterable<Parameter>,
  path: string,
  recursive: boolean,
): Parameter[] {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return [...all]
    .filter(
      (p) => p.name.startsWith(prefix) && (recursive || !p.name.slice(prefix.length).includes('/')),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
