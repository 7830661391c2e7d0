import { InputError } from '../common/errors.js';

/** One shard of a split run: `index` of `count`, both 1-based as written (`--shard 2/4`). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** The largest matrix GitHub Actions runs from one job (256 jobs per matrix). */
export const MAX_SHARDS = 256;

/** Parses `I/N` (1 <= I <= N <= 256); anything else is bad input (exit 2). */
export function parseShardSpec(text: string, flag = '--shard'): ShardSpec {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(text.trim());
  if (!match) {
    throw new InputError(
      `${flag} must be I/N (e.g. 2/4: the second of four shards), not '${text}'`,
    );
  }
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) {
    throw new InputError(`${flag} ${text}: the shard count must be 1 to ${MAX_SHARDS}`);
  }
  if (index < 1 || index > count) {
    throw new InputError(`${flag} ${text}: the shard index must be 1 to ${count}`);
  }
  return { index, count };
}

export function formatShardSpec(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`;
}
