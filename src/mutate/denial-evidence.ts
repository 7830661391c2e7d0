/**
 * Finds which action a failed workload run was denied, from what a workload without an
 * authorization log can show: the response envelope convention (`denied_action`, as in the
 * LocalEmu tutorial) or an AccessDenied message. The authorization log, when there is one,
 * is better evidence and is consulted first by the caller.
 */
import { getActionInfo } from '../policy/index.js';
import type { DenialEvidence } from './verdict.js';

export interface FoundDenial {
  action: string;
  resource?: string;
  evidence: DenialEvidence;
}

/** `User: arn:... is not authorized to perform: s3:GetObject on resource: "arn:..."` */
const NOT_AUTHORIZED =
  /is not authorized to perform:? ([A-Za-z0-9-]+:[A-Za-z0-9*]+)(?: on resource:? "?([^"\s]+?)"?(?:\s|$|because))?/;

export function denialFromEnvelope(response: unknown): FoundDenial | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const action = (response as Record<string, unknown>).denied_action;
  if (typeof action === 'string' && /^[A-Za-z0-9-]+:[A-Za-z0-9*]+$/.test(action)) {
    return { action: canonicalAction(action), evidence: 'response-envelope' };
  }
  return undefined;
}

/**
 * Services spell actions their own way in messages (`SNS:Publish`, `sqs:sendmessage`); IAM
 * action names are case-insensitive, so report the catalog's spelling when it knows it.
 */
export function canonicalAction(action: string): string {
  const info = getActionInfo(action);
  return info?.action ?? action;
}

export function denialFromMessage(text: string): FoundDenial | undefined {
  const match = NOT_AUTHORIZED.exec(text);
  if (!match) return undefined;
  return {
    action: canonicalAction(match[1] as string),
    ...(match[2] !== undefined && { resource: match[2] }),
    evidence: 'error-message',
  };
}
