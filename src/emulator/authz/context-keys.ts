import type { ContextValue } from '../../policy/types.js';
import type { IdentityStore } from '../identity/identity-store.js';
import type { Principal } from '../identity/principal.js';
import { principalUserId } from '../identity/principal.js';
import type { EmulatorRequest } from '../server/emulator-request.js';
import { iso8601 } from '../protocols/values.js';

/** Both time keys have one-second resolution: format them once per second. */
const clock = { second: -1, iso: '', epoch: '' };

/**
 * The global condition keys AWS puts in every request context, from the caller and the
 * connection. Operation-specific keys (s3:prefix, kms:ViaService, aws:ResourceTag/...) come from
 * each operation's authorize().
 */
export function globalContextKeys(
  principal: Principal,
  store: IdentityStore,
  request: EmulatorRequest,
  region: string,
  now: Date,
): Readonly<Record<string, ContextValue>> {
  // Every input of the keys is in the cache key, so one caller's calls within a second share
  // one (never mutated) object; the authorization log keeps that one object, not a copy each.
  // The last call's inputs are compared first: consecutive calls are usually one caller's.
  const accessKeyId = principal.kind === 'anonymous' ? '' : principal.accessKeyId;
  const userAgent = request.headers['user-agent'] ?? '';
  const second = Math.floor(now.getTime() / 1000);
  const last = lastCall;
  if (
    last !== undefined &&
    last.store === store &&
    last.generation === store.generation &&
    last.second === second &&
    last.accessKeyId === accessKeyId &&
    last.arn === principal.arn &&
    last.sourceIp === request.sourceIp &&
    last.region === region &&
    last.userAgent === userAgent &&
    last.secureTransport === request.secureTransport
  )
    return last.keys;
  const keys = cachedGlobalContextKeys(principal, store, request, region, now);
  lastCall = {
    store,
    generation: store.generation,
    second,
    accessKeyId,
    arn: principal.arn,
    sourceIp: request.sourceIp,
    region,
    userAgent,
    secureTransport: request.secureTransport,
    keys,
  };
  return keys;
}

/** The inputs and keys of the last call (the same inputs as the cache key below). */
let lastCall:
  | {
      store: IdentityStore;
      generation: number;
      second: number;
      accessKeyId: string;
      arn: string;
      sourceIp: string;
      region: string;
      userAgent: string;
      secureTransport: boolean;
      keys: Readonly<Record<string, ContextValue>>;
    }
  | undefined;

function cachedGlobalContextKeys(
  principal: Principal,
  store: IdentityStore,
  request: EmulatorRequest,
  region: string,
  now: Date,
): Readonly<Record<string, ContextValue>> {
  const cacheKey = `${principal.kind === 'anonymous' ? '' : principal.accessKeyId}|${principal.arn}|${request.sourceIp}|${region}|${request.headers['user-agent'] ?? ''}|${Math.floor(now.getTime() / 1000)}|${store.generation}|${request.secureTransport}`;
  let cache = contextCaches.get(store);
  if (cache === undefined) contextCaches.set(store, (cache = new Map()));
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const keys = computeGlobalContextKeys(principal, store, request, region, now);
  if (cache.size >= 256) cache.clear();
  cache.set(cacheKey, keys);
  return keys;
}

/** One cache per emulator (identity store): tags and generations are per account state. */
const contextCaches = new WeakMap<
  IdentityStore,
  Map<string, Readonly<Record<string, ContextValue>>>
>();

function computeGlobalContextKeys(
  principal: Principal,
  store: IdentityStore,
  request: EmulatorRequest,
  region: string,
  now: Date,
): Record<string, ContextValue> {
  const second = Math.floor(now.getTime() / 1000);
  if (clock.second !== second) {
    clock.second = second;
    clock.iso = iso8601(now);
    clock.epoch = String(second);
  }
  const keys: Record<string, ContextValue> = {
    'aws:SourceIp': request.sourceIp,
    'aws:SecureTransport': request.secureTransport,
    'aws:CurrentTime': clock.iso,
    'aws:EpochTime': clock.epoch,
    'aws:RequestedRegion': region,
    'aws:PrincipalAccount': principal.accountId,
    'aws:userid': principalUserId(principal),
    'aws:ViaAWSService': false,
    'aws:PrincipalIsAWSService': false,
  };
  const userAgent = request.headers['user-agent'];
  if (userAgent !== undefined) keys['aws:UserAgent'] = userAgent;
  switch (principal.kind) {
    case 'admin':
      keys['aws:PrincipalArn'] = principal.arn;
      keys['aws:PrincipalType'] = 'Account';
      break;
    case 'user': {
      keys['aws:PrincipalArn'] = principal.arn;
      keys['aws:PrincipalType'] = 'User';
      keys['aws:username'] = principal.userName;
      for (const tag of store.users.get(principal.userName)?.tags ?? [])
        keys[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
      if (principal.sessionIssuedAt !== undefined) {
        keys['aws:TokenIssueTime'] = iso8601(principal.sessionIssuedAt);
        keys['aws:MultiFactorAuthPresent'] = false;
      }
      break;
    }
    case 'assumed-role': {
      // For sessions AWS reports the role's ARN, not the session's, as aws:PrincipalArn.
      keys['aws:PrincipalArn'] = principal.roleArn;
      keys['aws:PrincipalType'] = 'AssumedRole';
      keys['aws:TokenIssueTime'] = iso8601(principal.issuedAt);
      keys['aws:MultiFactorAuthPresent'] = false;
      for (const tag of store.roles.get(principal.roleName)?.tags ?? [])
        keys[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
      for (const tag of store.sessions.get(principal.accessKeyId)?.sessionTags ?? []) {
        keys[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
      }
      break;
    }
    case 'anonymous':
      keys['aws:PrincipalType'] = 'Anonymous';
      break;
  }
  return keys;
}
