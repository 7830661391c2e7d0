import { defineOperation } from '../../service-types.js';
import { functionConfiguration } from '../function-configuration.js';
import type { LambdaStore } from '../lambda-store.js';

interface Input {
  Marker?: string;
  MaxItems?: number;
}

/** Pages by function name; the marker is the last name returned. */
export const listFunctions = defineOperation<LambdaStore, Input, object>({
  name: 'ListFunctions',
  authorize: () => [{ action: 'lambda:ListFunctions', resource: '*' }],
  handle(input, { store }) {
    const names = [...store.functions.keys()].sort();
    const start = input.Marker === undefined ? 0 : names.findIndex((n) => n > input.Marker!);
    const max = Math.min(input.MaxItems ?? 50, 50);
    const page = start === -1 ? [] : names.slice(start, start + max);
    const more = start !== -1 && start + max < names.length;
    return {
      Functions: page.map((n) => functionConfiguration(store.functions.get(n)!)),
      ...(more && { NextMarker: page[page.length - 1] }),
    };
  },
});
