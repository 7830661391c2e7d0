import { ssmErrors } from './ssm-errors.js';

/** SSM paging: MaxResults up to `max` (the default), NextToken an opaque position we make ourselves. */
export function page<T>(
  all: readonly T[],
  maxResults: number | undefined,
  max: number,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  const size = maxResults ?? max;
  if (!Number.isInteger(size) || size > max) throw ssmErrors.maxResults(size, max);
  if (size < 1) throw ssmErrors.maxResults(size, max);
  let start = 0;
  if (nextToken !== undefined) {
    start = Number.parseInt(Buffer.from(nextToken, 'base64').toString('utf8'), 10);
    if (!Number.isInteger(start) || start < 0) throw ssmErrors.invalidNextToken();
  }
  const items = all.slice(start, start + size);
  const next = start + size;
  return next < all.length
    ? { items, nextToken: Buffer.from(String(next), 'utf8').toString('base64') }
    : { items };
}
