import type { Parameter } from './ssm-store.js';

/** Parameters under a path: direct children only, or every descendant when recursive. */
export function parametersUnder(
  all: Iterable<Parameter>,
  path: string,
  recursive: boolean,
): Parameter[] {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  // A top-level name kept without its slash (`x`) sits under `/` all the same.
  const full = (name: string) => (name.startsWith('/') ? name : `/${name}`);
  return [...all]
    .filter((p) => {
      const name = full(p.name);
      return name.startsWith(prefix) && (recursive || !name.slice(prefix.length).includes('/'));
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
