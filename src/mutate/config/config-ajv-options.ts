/**
 * How the config schema is compiled (scripts/config-validator-code.ts generates the validator
 * with these). strictRequired is off because the workload's oneOf names keys inside `not` on
 * purpose.
 */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false } as const;
