import type { ContextValue } from '../../../policy/types.js';

/** aws:RequestTag/KEY and aws:TagKeys for calls that create or change tags. */
export function requestTagContext(
  tags: ReadonlyArray<{ Key: string; Value?: string }> | undefined,
): Record<string, ContextValue> {
  if (tags === undefined || tags.length === 0) return {};
  const context: Record<string, ContextValue> = { 'aws:TagKeys': tags.map((t) => t.Key) };
  for (const t of tags) context[`aws:RequestTag/${t.Key}`] = t.Value ?? '';
  return context;
}

/** aws:ResourceTag/KEY for calls on an existing tagged resource. */
export function resourceTagContext(
  tags: ReadonlyArray<{ Key: string; Value: string }> | undefined,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const t of tags ?? []) context[`aws:ResourceTag/${t.Key}`] = t.Value;
  return context;
}
