import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore, StoredDocument, Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { roleNotAssumable } from '../sts-errors.js';

interface Input {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: Array<{ arn?: string }>;
  Tags?: Tag[];
  ExternalId?: string;
  SourceIdentity?: string;
  ProvidedContexts?: Array<{ ProviderArn?: string; ContextAssertion?: string }>;
}

/**
 * sts:AssumeRole on the role's ARN, decided together with the role's trust policy (the STS
 * service hands it to the authorizer as the resource policy). The session keeps the session
 * policies (Policy, PolicyArns), which then limit every call made with its credentials.
 */
export const assumeRole = defineOperation<IdentityStore, Input, object>({
  name: 'AssumeRole',
  // Passing session tags, a source identity or context also needs sts:TagSession /
  // sts:SetSourceIdentity / sts:SetContext on the role, which the trust policy must allow like
  // sts:AssumeRole (the engine's RESOURCE_POLICY_REQUIRED).
  authorize(input) {
    const context = {
      'sts:RoleSessionName': input.RoleSessionName,
      ...(input.ExternalId !== undefined && { 'sts:ExternalId': input.ExternalId }),
      ...(input.SourceIdentity !== undefined && { 'sts:SourceIdentity': input.SourceIdentity }),
      ...requestTagContext(input.Tags),
    };
    const checks = [{ action: 'sts:AssumeRole', resource: input.RoleArn, context }];
    if (input.Tags !== undefined && input.Tags.length > 0) {
      checks.push({ action: 'sts:TagSession', resource: input.RoleArn, context });
    }
    if (input.SourceIdentity !== undefined) {
      checks.push({ action: 'sts:SetSourceIdentity', resource: input.RoleArn, context });
    }
    if (input.ProvidedContexts !== undefined && input.ProvidedContexts.length > 0) {
      checks.push({ action: 'sts:SetContext', resource: input.RoleArn, context });
    }
    return checks;
  },
  handle(input, { store, principal, now }) {
    const name = input.RoleSessionName;
    if (name.length < 2 || name.length > 64) {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must have length ${name.length < 2 ? 'greater than or equal to 2' : 'less than or equal to 64'}`,
        400,
      );
    }
    if (!/^[\w+=,.@-]+$/.test(name)) {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${input.RoleSessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
        400,
      );
    }
    const role = store.roleByArn(input.RoleArn);
    if (role === undefined) throw roleNotAssumable(principal.arn, input.RoleArn);
    const duration = input.DurationSeconds ?? 3600;
    // Role chaining limits the session to one hour, as in AWS.
    const max = principal.kind === 'assumed-role' ? 3600 : role.maxSessionDuration;
    if (duration < 900) {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
        400,
      );
    }
    if (duration > max) {
      throw new AwsError(
        'ValidationError',
        `The requested DurationSeconds exceeds the ${principal.kind === 'assumed-role' ? '1 hour session limit for roles assumed by role chaining' : 'MaxSessionDuration set for this role'}.`,
        400,
      );
    }
    const sessionPolicies: StoredDocument[] = [];
    if (input.Policy !== undefined) {
      if (input.Policy.length > 2048) {
        throw new AwsError(
          'PackedPolicyTooLarge',
          'Packed policy consumes more than 100% of the allotted space.',
          400,
        );
      }
      sessionPolicies.push(
        store.document(
          `session/${role.name}/${input.RoleSessionName}/inline`,
          input.Policy,
          'session',
        ),
      );
    }
    for (const { arn } of input.PolicyArns ?? []) {
      if (arn === undefined) continue;
      sessionPolicies.push(store.defaultVersion(store.getPolicy(arn)).document);
    }
    const session = store.createSession(
      {
        kind: 'assumed-role',
        roleName: role.name,
        roleArn: role.arn,
        roleId: role.id,
        sessionName: input.RoleSessionName,
      },
      { now, durationSeconds: duration, sessionPolicies, sessionTags: input.Tags ?? [] },
    );
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
      AssumedRoleUser: {
        AssumedRoleId: `${role.id}:${input.RoleSessionName}`,
        Arn: `arn:aws:sts::${store.accountId}:assumed-role/${role.name}/${input.RoleSessionName}`,
      },
      PackedPolicySize: sessionPolicies.length === 0 ? 0 : 6,
      ...(input.SourceIdentity !== undefined && { SourceIdentity: input.SourceIdentity }),
    };
  },
});
