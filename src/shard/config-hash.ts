import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Identifies the config a shard ran: the sha256 of the config file's bytes. `merge` refuses
 * shard reports whose hashes differ (they did not prove the same thing).
 */
export function configHash(configFile: string): string {
  return `sha256:${createHash('sha256').update(readFileSync(configFile)).digest('hex')}`;
}
