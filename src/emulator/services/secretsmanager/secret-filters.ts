import type { Secret } from './secrets-store.js';

/**
 * ListSecrets / BatchGetSecretValue filters: a value matches by prefix, case-insensitively; a
 * leading `!` negates it; `all` searches name, description and tags.
 */
export function matchesFilter(secret: Secret, filter: { Key: string; Values: string[] }): boolean {
  const fields = (key: string): string[] => {
    switch (key) {
      case 'name':
        return [secret.name];
      case 'description':
        return [secret.description ?? ''];
      case 'tag-key':
        return secret.tags.map((t) => t.Key);
      case 'tag-value':
        return secret.tags.map((t) => t.Value);
      case 'primary-region':
        return [secret.region];
      case 'owning-service':
        return [];
      default:
        return [
          secret.name,
          secret.description ?? '',
          ...secret.tags.flatMap((t) => [t.Key, t.Value]),
        ];
    }
  };
  const candidates = fields(filter.Key).map((v) => v.toLowerCase());
  return filter.Values.some((raw) => {
    const negate = raw.startsWith('!');
    const value = (negate ? raw.slice(1) : raw).toLowerCase();
    const hit = candidates.some((c) => c.startsWith(value));
    return negate ? !hit : hit;
  });
}
