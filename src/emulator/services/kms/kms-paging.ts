import { kmsErrors } from './kms-errors.js';

/** KMS list paging: Limit 1..1000 (default 100), Marker an opaque position we make ourselves. */
export function page<T>(
  all: readonly T[],
  limit: number | undefined,
  marker: string | undefined,
): { items: T[]; nextMarker?: string } {
  const size = limit ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw kmsErrors.validation(
      `1 validation error detected: Value '${size}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  }
  const start =
    marker === undefined ? 0 : Number.parseInt(Buffer.from(marker, 'base64').toString('utf8'), 10);
  if (!Number.isInteger(start) || start < 0) throw kmsErrors.validation('Invalid marker');
  const items = all.slice(start, start + size);
  const next = start + size;
  return next < all.length
    ? { items, nextMarker: Buffer.from(String(next), 'utf8').toString('base64') }
    : { items };
}
