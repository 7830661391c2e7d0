import { defineOperation } from '../../service-types.js';
import { functionConfiguration } from '../function-configuration.js';
import type { LambdaStore } from '../lambda-store.js';

interface Input {
  FunctionName: string;
  Qualifier?: string;
}

export const getFunction = defineOperation<LambdaStore, Input, object>({
  name: 'GetFunction',
  authorize: (input, { store, region }) => [
    { action: 'lambda:GetFunction', resource: store.functionArnOf(input.FunctionName, region) },
  ],
  handle(input, { store, region }) {
    const fn = store.find(input.FunctionName, region);
    return {
      Configuration: functionConfiguration(fn),
      Code: {
        RepositoryType: 'S3',
        // Not a real download location: the emulator does not serve code back. It names the
        // emulator's own bound address, never the request's Host header (a caller must not be
        // able to make the answer point elsewhere).
        Location: `${store.endpointUrl ?? 'http://127.0.0.1'}/_iam-mutate/lambda-code/${encodeURIComponent(fn.name)}`,
      },
      ...(Object.keys(fn.tags).length > 0 && { Tags: fn.tags }),
    };
  },
});

export const getFunctionConfiguration = defineOperation<LambdaStore, Input, object>({
  name: 'GetFunctionConfiguration',
  authorize: (input, { store, region }) => [
    {
      action: 'lambda:GetFunctionConfiguration',
      resource: store.functionArnOf(input.FunctionName, region),
    },
  ],
  handle: (input, { store, region }) =>
    functionConfiguration(store.find(input.FunctionName, region)),
});
