/**
 * strict: denials are answered as AWS does. soft: denials are logged and the call goes
 * through (retro-fitting a policy without breaking the workload). off: no authorization at all.
 */
export type EnforcementMode = 'strict' | 'soft' | 'off';

/** LocalEmu's `IAM_ENFORCEMENT` values: `1`/`true`/`strict` -> strict, `soft`, anything else off. */
export function enforcementFromLocalEmu(value: string | undefined): EnforcementMode | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'true' || v === 'strict' || v === 'yes') return 'strict';
  if (v === 'soft') return 'soft';
  if (v === '0' || v === 'false' || v === 'off' || v === 'no') return 'off';
  return undefined;
}
