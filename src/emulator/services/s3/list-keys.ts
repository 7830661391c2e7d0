import type { Bucket, S3Object } from './s3-store.js';

export interface KeyListing {
  contents: S3Object[];
  commonPrefixes: string[];
  truncated: boolean;
  /** The last key or common prefix returned, for the next page's marker. */
  last?: string;
}

/**
 * The S3 listing algorithm shared by ListObjects and ListObjectsV2: keys in UTF-8 binary order
 * after `after`, under `prefix`, rolled up into common prefixes at `delimiter`, `maxKeys` entries.
 */
export function listKeys(
  bucket: Bucket,
  options: { prefix?: string; delimiter?: string; after?: string; maxKeys?: number },
): KeyListing {
  const prefix = options.prefix ?? '';
  const maxKeys = Math.min(options.maxKeys ?? 1000, 1000);
  const after = options.after;
  // A marker that is a common prefix skips every key under it.
  const skipUnder =
    after !== undefined && options.delimiter && after.endsWith(options.delimiter)
      ? after
      : undefined;
  const keys = [...bucket.objects.keys()]
    .filter((k) => k.startsWith(prefix) && (after === undefined || k > after))
    .filter((k) => skipUnder === undefined || !k.startsWith(skipUnder))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const contents: S3Object[] = [];
  const commonPrefixes: string[] = [];
  let last: string | undefined;
  for (const key of keys) {
    const delimiter = options.delimiter;
    let rollup: string | undefined;
    if (delimiter !== undefined && delimiter !== '') {
      const at = key.indexOf(delimiter, prefix.length);
      if (at !== -1) rollup = key.slice(0, at + delimiter.length);
    }
    if (rollup !== undefined && commonPrefixes[commonPrefixes.length - 1] === rollup) continue;
    if (contents.length + commonPrefixes.length >= maxKeys)
      return { contents, commonPrefixes, truncated: true, ...(last !== undefined && { last }) };
    if (rollup !== undefined) {
      commonPrefixes.push(rollup);
      last = rollup;
    } else {
      contents.push(bucket.objects.get(key)!);
      last = key;
    }
  }
  return { contents, commonPrefixes, truncated: false, ...(last !== undefined && { last }) };
}
