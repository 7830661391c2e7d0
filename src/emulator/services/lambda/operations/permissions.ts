import { randomUUID } from 'node:crypto';
import { AwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import type { LambdaFunction, LambdaStore } from '../lambda-store.js';

interface AddPermissionInput {
  FunctionName: string;
  StatementId: string;
  Action: string;
  Principal: string;
  SourceArn?: string;
  SourceAccount?: string;
  PrincipalOrgID?: string;
}

/** The statement AWS writes for AddPermission (service principals vs accounts/ARNs). */
function permissionStatement(
  fn: LambdaFunction,
  input: AddPermissionInput,
): Record<string, unknown> {
  const principal = input.Principal.endsWith('.amazonaws.com')
    ? { Service: input.Principal }
    : input.Principal === '*'
      ? '*'
      : {
          AWS: /^\d{12}$/.test(input.Principal)
            ? `arn:aws:iam::${input.Principal}:root`
            : input.Principal,
        };
  const condition: Record<string, Record<string, string>> = {};
  if (input.SourceArn !== undefined) condition.ArnLike = { 'AWS:SourceArn': input.SourceArn };
  if (input.SourceAccount !== undefined)
    condition.StringEquals = { 'AWS:SourceAccount': input.SourceAccount };
  if (input.PrincipalOrgID !== undefined) {
    condition.StringEquals = {
      ...condition.StringEquals,
      'aws:PrincipalOrgID': input.PrincipalOrgID,
    };
  }
  return {
    Sid: input.StatementId,
    Effect: 'Allow',
    Principal: principal,
    Action: input.Action,
    Resource: fn.arn,
    ...(Object.keys(condition).length > 0 && { Condition: condition }),
  };
}

function policyText(fn: LambdaFunction): string {
  return JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: fn.policyStatements });
}

/** Recompiles the function policy so the next Invoke is authorized against it. */
function storePolicy(fn: LambdaFunction, store: LambdaStore): void {
  fn.policyDocument =
    fn.policyStatements.length === 0
      ? undefined
      : store.core.identity.document(`${fn.arn}/policy`, policyText(fn), 'resource');
  fn.revisionId = randomUUID();
}

export const addPermission = defineOperation<LambdaStore, AddPermissionInput, object>({
  name: 'AddPermission',
  authorize: (input, { store, region }) => [
    { action: 'lambda:AddPermission', resource: store.functionArnOf(input.FunctionName, region) },
  ],
  handle(input, { store, region }) {
    const fn = store.find(input.FunctionName, region);
    if (fn.policyStatements.some((s) => s.Sid === input.StatementId)) {
      throw new AwsError(
        'ResourceConflictException',
        `The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
        409,
      );
    }
    const statement = permissionStatement(fn, input);
    fn.policyStatements.push(statement);
    try {
      storePolicy(fn, store);
    } catch (error) {
      fn.policyStatements.pop();
      throw error;
    }
    return { Statement: JSON.stringify(statement) };
  },
});

export const getPolicy = defineOperation<LambdaStore, { FunctionName: string }, object>({
  name: 'GetPolicy',
  authorize: (input, { store, region }) => [
    { action: 'lambda:GetPolicy', resource: store.functionArnOf(input.FunctionName, region) },
  ],
  handle(input, { store, region }) {
    const fn = store.find(input.FunctionName, region);
    if (fn.policyStatements.length === 0) {
      throw new AwsError(
        'ResourceNotFoundException',
        'The resource you requested does not exist.',
        404,
      );
    }
    return { Policy: policyText(fn), RevisionId: fn.revisionId };
  },
});

export const removePermission = defineOperation<
  LambdaStore,
  { FunctionName: string; StatementId: string },
  object
>({
  name: 'RemovePermission',
  authorize: (input, { store, region }) => [
    {
      action: 'lambda:RemovePermission',
      resource: store.functionArnOf(input.FunctionName, region),
    },
  ],
  handle(input, { store, region }) {
    const fn = store.find(input.FunctionName, region);
    const before = fn.policyStatements.length;
    fn.policyStatements = fn.policyStatements.filter((s) => s.Sid !== input.StatementId);
    if (fn.policyStatements.length === before) {
      throw new AwsError(
        'ResourceNotFoundException',
        `Statement ${input.StatementId} is not found in resource policy.`,
        404,
      );
    }
    storePolicy(fn, store);
    return {};
  },
});
