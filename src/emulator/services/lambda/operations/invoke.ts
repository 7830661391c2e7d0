import { AwsError } from '../../../errors/aws-error.js';
import { logTailBase64 } from '../../../lambda/runtime/index.js';
import { defineOperation } from '../../service-types.js';
import { parseFunctionName, type LambdaStore } from '../lambda-store.js';
import { startInvocation } from '../start-invocation.js';

interface Input {
  FunctionName: string;
  InvocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  LogType?: 'None' | 'Tail';
  ClientContext?: string;
  Payload?: Uint8Array;
  Qualifier?: string;
}

/**
 * lambda:InvokeFunction on the function's ARN (qualified when a qualifier is given). The code
 * runs in a warm local worker with the execution role's session credentials; a function error
 * is still HTTP 200 with X-Amz-Function-Error, as AWS answers.
 */
export const invoke = defineOperation<LambdaStore, Input, object>({
  name: 'Invoke',
  authorize: (input, { store, region }) => {
    const { name, qualifier } = parseFunctionName(input.FunctionName);
    const q = input.Qualifier ?? qualifier;
    const arn = store.functionArn(name, region);
    return [{ action: 'lambda:InvokeFunction', resource: q === undefined ? arn : `${arn}:${q}` }];
  },
  async handle(input, { store, region, now, requestId }) {
    const fn = store.find(input.FunctionName, region);
    const qualifier = input.Qualifier ?? parseFunctionName(input.FunctionName).qualifier;
    if (qualifier !== undefined && qualifier !== '$LATEST') {
      throw new AwsError(
        'ResourceNotFoundException',
        `Function not found: ${fn.arn}:${qualifier}`,
        404,
      );
    }
    const type = input.InvocationType ?? 'RequestResponse';
    if (type === 'DryRun') return { StatusCode: 204 };
    const event =
      input.Payload === undefined || input.Payload.length === 0
        ? '{}'
        : Buffer.from(input.Payload).toString('utf8');
    if (type === 'RequestResponse') {
      try {
        JSON.parse(event);
      } catch {
        throw new AwsError(
          'InvalidRequestContentException',
          'Could not parse request body into json: Could not parse payload into json',
          400,
        );
      }
    }
    // The function's SDK calls come back to this emulator at its own bound address, never at
    // one taken from the request (a Host header would send the role's signed calls elsewhere).
    const endpointUrl = store.endpointUrl ?? 'http://127.0.0.1:4566';
    const run = startInvocation(store, fn, {
      event,
      requestId,
      region,
      endpointUrl,
      now,
      ...(input.ClientContext !== undefined && {
        clientContext: Buffer.from(input.ClientContext, 'base64').toString('utf8'),
      }),
    });
    if (type === 'Event') {
      // Asynchronous invocation: accepted now, run in the background.
      void run.catch(() => undefined);
      return { StatusCode: 202 };
    }
    const result = await run;
    if (result.kind === 'environment-error') {
      throw new AwsError('ServiceException', result.message, 500);
    }
    return {
      StatusCode: 200,
      ExecutedVersion: '$LATEST',
      Payload: Buffer.from(result.payload, 'utf8'),
      ...(result.kind === 'function-error' && { FunctionError: result.functionError }),
      ...(input.LogType === 'Tail' && { LogResult: logTailBase64(result.logs) }),
    };
  },
});
