import { signedFetch, type RawResponse } from './signed-fetch.js';

/** How one service speaks the awsJson protocol. */
export interface AwsJsonProtocol {
  /** The SigV4 signing name. */
  service: string;
  /** `application/x-amz-json-1.0` or `-1.1`. */
  version: '1.0' | '1.1';
  /** What stands before the operation in X-Amz-Target, e.g. `AmazonSQS`. */
  targetPrefix: string;
}

/** Sends one signed awsJson request: the operation goes in X-Amz-Target, `body` as JSON. */
export function sendAwsJson(
  url: string,
  protocol: AwsJsonProtocol,
  operation: string,
  body: object,
): Promise<RawResponse> {
  return signedFetch(url, {
    service: protocol.service,
    headers: {
      'content-type': `application/x-amz-json-${protocol.version}`,
      'x-amz-target': `${protocol.targetPrefix}.${operation}`,
    },
    body: JSON.stringify(body),
  });
}

/**
 * A `call(operation, body)` for one service of the emulator at `url()` (read at each call, so it
 * can be made before the emulator starts); the answer comes with its body parsed as `json`. An
 * empty body is `{}` with `emptyBodyAsObject`, otherwise a parse error.
 */
export function awsJsonCaller(
  url: () => string,
  protocol: AwsJsonProtocol,
  options: { emptyBodyAsObject?: boolean } = {},
): (operation: string, body: object) => Promise<RawResponse & { json: Record<string, unknown> }> {
  return async (operation, body) => {
    const response = await sendAwsJson(url(), protocol, operation, body);
    return {
      ...response,
      json:
        options.emptyBodyAsObject === true && response.text === ''
          ? {}
          : (JSON.parse(response.text) as Record<string, unknown>),
    };
  };
}
