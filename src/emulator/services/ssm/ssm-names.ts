import { ssmErrors } from './ssm-errors.js';

/**
 * Parameter names: letters, digits and `_.-/`; hierarchical names begin with `/`; no prefix
 * `aws` or `ssm` (case-insensitive), which AWS reserves for public parameters.
 */
export function validateParameterName(name: string): void {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (
    /^(aws|ssm)/i.test(bare) ||
    !/^[a-zA-Z0-9_.\-/]+$/.test(name) ||
    (name.includes('/') && !name.startsWith('/')) ||
    name.includes('//')
  ) {
    throw ssmErrors.invalidName();
  }
}

/** GetParametersByPath paths: `/`, or `/a/b` with an optional trailing slash. */
export function validatePath(path: string): void {
  if (
    !path.startsWith('/') ||
    path.includes('//') ||
    /^\/(aws|ssm)/i.test(path) ||
    !/^[a-zA-Z0-9_.\-/]+$/.test(path)
  ) {
    throw ssmErrors.invalidPath(path);
  }
}
