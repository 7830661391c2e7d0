import { randomInt } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { secretsErrors } from '../secrets-errors.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  PasswordLength?: number;
  ExcludeCharacters?: string;
  ExcludeNumbers?: boolean;
  ExcludePunctuation?: boolean;
  ExcludeUppercase?: boolean;
  ExcludeLowercase?: boolean;
  IncludeSpace?: boolean;
  RequireEachIncludedType?: boolean;
}

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** secretsmanager:GetRandomPassword on `*`; one character of each included type by default. */
export const getRandomPassword = defineOperation<SecretsStore, Input, object>({
  name: 'GetRandomPassword',
  authorize: () => [{ action: 'secretsmanager:GetRandomPassword', resource: '*' }],
  handle(input) {
    const length = input.PasswordLength ?? 32;
    if (length < 1 || length > 4096)
      throw secretsErrors.invalidParameter('PasswordLength must be between 1 and 4096.');
    const excluded = new Set(input.ExcludeCharacters ?? '');
    const pool = (chars: string) => [...chars].filter((c) => !excluded.has(c)).join('');
    const types = [
      input.ExcludeLowercase ? '' : pool('abcdefghijklmnopqrstuvwxyz'),
      input.ExcludeUppercase ? '' : pool('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      input.ExcludeNumbers ? '' : pool('0123456789'),
      input.ExcludePunctuation ? '' : pool(PUNCTUATION),
      input.IncludeSpace ? ' ' : '',
    ].filter((t) => t !== '');
    const all = types.join('');
    if (all === '')
      throw secretsErrors.invalidParameter(
        'The password cannot be generated: every character type is excluded.',
      );
    const chars: string[] = [];
    if (input.RequireEachIncludedType !== false && length >= types.length)
      for (const t of types) chars.push(t[randomInt(t.length)]!);
    while (chars.length < length) chars.push(all[randomInt(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    return { RandomPassword: chars.join('') };
  },
});
