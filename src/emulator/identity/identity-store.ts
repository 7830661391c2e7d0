import type { CompiledPolicy, PolicyKind } from '../../policy/types.js';
import { AwsError } from '../errors/aws-error.js';
import type { PolicyEngine } from '../authz/policy-engine.js';
import { iamId, secretAccessKey, sessionToken } from './ids.js';
import { awsManagedPolicies } from './aws-managed-policies.js';

export interface Tag {
  Key: string;
  Value: string;
}

/** A policy document as stored: the text IAM returns, compiled once per kind it is used as. */
export interface StoredDocument {
  /** Policy id for the authorization log, e.g. `role/app/inline/s3-read`. */
  id: string;
  text: string;
  compiled: Map<PolicyKind, CompiledPolicy>;
}

export interface ManagedPolicyVersion {
  versionId: string;
  document: StoredDocument;
  createDate: Date;
}

export interface ManagedPolicy {
  arn: string;
  name: string;
  id: string;
  path: string;
  description?: string;
  createDate: Date;
  updateDate: Date;
  defaultVersionId: string;
  versions: ManagedPolicyVersion[];
  nextVersion: number;
  tags: Tag[];
}

interface PrincipalEntity {
  name: string;
  id: string;
  arn: string;
  path: string;
  createDate: Date;
  inline: Map<string, StoredDocument>;
  attached: string[];
  permissionsBoundaryArn?: string;
  tags: Tag[];
}

export type IamUser = PrincipalEntity;

/** A group's inline and attached policies apply to each of its members. */
export interface IamGroup extends PrincipalEntity {
  members: string[];
}

export interface IamRole extends PrincipalEntity {
  trust: StoredDocument;
  description?: string;
  maxSessionDuration: number;
}

export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate: Date;
}

export interface InstanceProfile {
  name: string;
  id: string;
  arn: string;
  path: string;
  createDate: Date;
  roles: string[];
  tags: Tag[];
}

/** Temporary credentials issued by STS. Kept after expiry so a replay answers ExpiredToken. */
export interface StsSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  issuedAt: Date;
  expiration: Date;
  principal:
    | {
        kind: 'assumed-role';
        roleName: string;
        roleArn: string;
        roleId: string;
        sessionName: string;
      }
    | { kind: 'user'; userName: string }
    /** GetSessionToken signed by the account's root (admin) keys. */
    | { kind: 'root' };
  sessionPolicies: StoredDocument[];
  sessionTags: Tag[];
}

/**
 * The account's identities: IAM users, roles, policies, access keys and STS sessions. The IAM
 * and STS services are thin handlers over it, and request signing resolves callers from it.
 */
export class IdentityStore {
  readonly users = new Map<string, IamUser>();
  readonly roles = new Map<string, IamRole>();
  readonly groups = new Map<string, IamGroup>();
  readonly policies = new Map<string, ManagedPolicy>();
  readonly accessKeys = new Map<string, AccessKey>();
  readonly instanceProfiles = new Map<string, InstanceProfile>();
  readonly sessions = new Map<string, StsSession>();
  /**
   * Bumped after every IAM/STS call (handle-request does it), so per-caller caches of compiled
   * policy sets (authz/principal-policies.ts) know when to recompute.
   */
  generation = 0;
  readonly callerPolicyCache = new Map<string, { generation: number; value: unknown }>();

  constructor(
    readonly accountId: string,
    private readonly engine: PolicyEngine,
  ) {
    for (const policy of awsManagedPolicies) {
      const arn = `arn:aws:iam::aws:policy${policy.path}${policy.name}`;
      const date = new Date('2015-02-06T18:40:00Z');
      this.policies.set(arn, {
        arn,
        name: policy.name,
        id: iamId('ANPA'),
        path: policy.path,
        createDate: date,
        updateDate: date,
        defaultVersionId: 'v1',
        versions: [
          {
            versionId: 'v1',
            document: this.document(arn, policy.document, 'identity'),
            createDate: date,
          },
        ],
        nextVersion: 2,
        tags: [],
      });
    }
  }

  arn(
    kind: 'user' | 'role' | 'group' | 'policy' | 'instance-profile',
    path: string,
    name: string,
  ): string {
    return `arn:aws:iam::${this.accountId}:${kind}${path}${name}`;
  }

  /**
   * Validates and compiles a document for the kind it is first used as; IAM answers
   * MalformedPolicyDocument for what the engine rejects.
   */
  document(id: string, text: string, kind: PolicyKind): StoredDocument {
    const result = this.engine.compile(text, { id, kind });
    if (result.policy === undefined) {
      throw new AwsError(
        'MalformedPolicyDocument',
        result.errors.join('; ') || 'Syntax errors in policy.',
        400,
      );
    }
    return { id, text, compiled: new Map([[kind, result.policy]]) };
  }

  /** The document compiled as `kind` (a managed policy may serve as identity policy and boundary). */
  compiledAs(document: StoredDocument, kind: PolicyKind): CompiledPolicy {
    let compiled = document.compiled.get(kind);
    if (compiled === undefined) {
      const result = this.engine.compile(document.text, { id: document.id, kind });
      if (result.policy === undefined)
        throw new Error(`stored policy ${document.id} no longer compiles`);
      compiled = result.policy;
      document.compiled.set(kind, compiled);
    }
    return compiled;
  }

  defaultVersion(policy: ManagedPolicy): ManagedPolicyVersion {
    return policy.versions.find((v) => v.versionId === policy.defaultVersionId)!;
  }

  getUser(name: string): IamUser {
    const user = this.users.get(name);
    if (user === undefined) throw noSuchEntity(`The user with name ${name} cannot be found.`);
    return user;
  }

  getGroup(name: string): IamGroup {
    const group = this.groups.get(name);
    if (group === undefined) throw noSuchEntity(`The group with name ${name} cannot be found.`);
    return group;
  }

  getRole(name: string): IamRole {
    const role = this.roles.get(name);
    if (role === undefined) throw noSuchEntity(`The role with name ${name} cannot be found.`);
    return role;
  }

  getPolicy(arn: string): ManagedPolicy {
    const policy = this.policies.get(arn);
    if (policy === undefined)
      throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
    return policy;
  }

  /** Role name from a role ARN in this account, or undefined. */
  roleByArn(arn: string): IamRole | undefined {
    const m = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (m === null || m[1] !== this.accountId) return undefined;
    const role = this.roles.get(m[2]!);
    return role?.arn === arn ? role : undefined;
  }

  createAccessKey(userName: string, now: Date): AccessKey {
    this.getUser(userName);
    const keys = [...this.accessKeys.values()].filter((k) => k.userName === userName);
    if (keys.length >= 2) {
      throw new AwsError('LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2', 409);
    }
    const key: AccessKey = {
      accessKeyId: iamId('AKIA'),
      secretAccessKey: secretAccessKey(),
      userName,
      status: 'Active',
      createDate: now,
    };
    this.accessKeys.set(key.accessKeyId, key);
    return key;
  }

  createSession(
    principal: StsSession['principal'],
    options: {
      now: Date;
      durationSeconds: number;
      sessionPolicies: StoredDocument[];
      sessionTags?: Tag[];
    },
  ): StsSession {
    const session: StsSession = {
      accessKeyId: iamId('ASIA'),
      secretAccessKey: secretAccessKey(),
      sessionToken: sessionToken(),
      issuedAt: options.now,
      expiration: new Date(options.now.getTime() + options.durationSeconds * 1000),
      principal,
      sessionPolicies: options.sessionPolicies,
      sessionTags: options.sessionTags ?? [],
    };
    this.sessions.set(session.accessKeyId, session);
    return session;
  }
}

export function noSuchEntity(message: string): AwsError {
  return new AwsError('NoSuchEntity', message, 404);
}

export function entityExists(message: string): AwsError {
  return new AwsError('EntityAlreadyExists', message, 409);
}
