import { dynamodbService } from './dynamodb/dynamodb-service.js';
import { iamService } from './iam/iam-service.js';
import { kmsService } from './kms/kms-service.js';
import { lambdaService } from './lambda/lambda-service.js';
import { logsService } from './logs/logs-service.js';
import { s3Service } from './s3/s3-service.js';
import { secretsManagerService } from './secretsmanager/secretsmanager-service.js';
import type { ServiceDefinition } from './service-types.js';
import { snsService } from './sns/sns-service.js';
import { sqsService } from './sqs/sqs-service.js';
import { ssmService } from './ssm/ssm-service.js';
import { stsService } from './sts/sts-service.js';

/** Each service is typed by its own store; the framework holds them type-erased. */
function erase<S>(service: ServiceDefinition<S>): ServiceDefinition<unknown> {
  return service as unknown as ServiceDefinition<unknown>;
}

/**
 * Every service the emulator serves. Adding a service: create services/<name>/ (see
 * src/emulator/README.md) and add its definition here — the one place services are registered.
 */
export const allServices: ReadonlyArray<ServiceDefinition<unknown>> = [
  erase(iamService),
  erase(stsService),
  erase(kmsService),
  erase(ssmService),
  erase(dynamodbService),
  erase(s3Service),
  erase(lambdaService),
  erase(sqsService),
  erase(snsService),
  erase(secretsManagerService),
  erase(logsService),
];
