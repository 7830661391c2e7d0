import type { LambdaFunction } from './lambda-store.js';

/** The FunctionConfiguration shape every read and write operation answers with. */
export function functionConfiguration(fn: LambdaFunction): Record<string, unknown> {
  return {
    FunctionName: fn.name,
    FunctionArn: fn.arn,
    Runtime: fn.runtime,
    Role: fn.role,
    Handler: fn.handler,
    CodeSize: fn.zip.length,
    Description: fn.description,
    Timeout: fn.timeoutSeconds,
    MemorySize: fn.memoryMb,
    LastModified: fn.lastModified,
    CodeSha256: fn.codeSha256,
    Version: '$LATEST',
    ...(Object.keys(fn.environment).length > 0 && { Environment: { Variables: fn.environment } }),
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: fn.revisionId,
    // Functions are usable at once: no Pending state to wait through.
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
  };
}
