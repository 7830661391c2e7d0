import { logsErrors } from './logs-errors.js';

/** Opaque offset paging shared by the Describe calls. */
export function pageOf<T>(
  items: readonly T[],
  nextToken: string | undefined,
  limit: number,
  max: number,
): { items: T[]; nextToken?: string } {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw logsErrors.invalidParameter(
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    );
  }
  const start =
    nextToken === undefined ? 0 : Number(Buffer.from(nextToken, 'base64').toString('utf8'));
  if (!Number.isInteger(start) || start < 0)
    throw logsErrors.invalidParameter('The specified nextToken is invalid.');
  const slice = items.slice(start, start + limit);
  return start + limit < items.length
    ? { items: slice, nextToken: Buffer.from(String(start + limit)).toString('base64') }
    : { items: slice };
}
