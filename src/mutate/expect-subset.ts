/**
 * `expect` in the config is a JSON subset the workload's response must contain: every key of
 * an expected object must be present with a matching value; arrays must match element by
 * element (same length); scalars must be equal. Returns the path of the first mismatch.
 */
export function findSubsetMismatch(
  expected: unknown,
  actual: unknown,
  path = '$',
): string | undefined {
  if (expected === null || typeof expected !== 'object') {
    return Object.is(expected, actual)
      ? undefined
      : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual) ?? 'nothing'}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const m = findSubsetMismatch(expected[i], actual[i], `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return `${path}: expected an object, got ${JSON.stringify(actual) ?? 'nothing'}`;
  }
  for (const [key, value] of Object.entries(expected)) {
    const m = findSubsetMismatch(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
    if (m) return m;
  }
  return undefined;
}
