import { defineOperation } from '../../service-types.js';
import type { LambdaStore } from '../lambda-store.js';

interface Input {
  FunctionName: string;
}

export const deleteFunction = defineOperation<LambdaStore, Input, object>({
  name: 'DeleteFunction',
  authorize: (input, { store, region }) => [
    { action: 'lambda:DeleteFunction', resource: store.functionArnOf(input.FunctionName, region) },
  ],
  handle(input, { store, region }) {
    const fn = store.find(input.FunctionName, region);
    store.functions.delete(fn.name);
    store.sessions.delete(fn.name);
    store.pool.restart(fn.arn);
    return {};
  },
});
