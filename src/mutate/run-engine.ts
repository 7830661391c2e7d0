/**
 * What runPlan needs once the environment is up: the AWS SDK backend, the mutation stages and
 * lint (with its action catalog). run-plan.ts loads this module while the setup script runs
 * rather than at process start: node would otherwise sit idle then, and the moment setup
 * starts is on every run's critical path.
 */
export { awsSdkBackend, RoleNotFoundError } from './backends/aws-sdk-backend.js';
export { runTarget } from './run-target.js';
export { preparePolicy } from './stages/prepare.js';
export { ignoreEntriesFor, statementFindings } from '../lint/index.js';
