/**
 * Policy text -> ParsedPolicy, with a located diagnostic for every problem and no exceptions.
 * This file checks the grammar of the policy language (elements, types, combinations);
 * validate-policy.ts adds the checks that depend on what the policy is used as.
 */
import type { Diagnostic } from '../common/diagnostic.js';
import { LineIndex } from './json/line-index.js';
import { type JsonNode, parseJson } from './json/parse-json.js';
import { readConditions } from './parse-condition.js';
import { readPrincipal } from './parse-principal.js';
import {
  type Context,
  checkDuplicateKeys,
  join,
  locate,
  member,
  readStringList,
} from './policy-reader.js';
import type {
  Effect,
  Located,
  ParsedPolicy,
  ParsedStatement,
  PolicyVersion,
} from './parsed-policy.js';
import type { ParseResult, PolicyKind } from './types.js';
import { validatePolicy } from './validate-policy.js';

export interface ParsePolicyOptions {
  /** When given, also run the checks for that kind of policy (validate-policy.ts). */
  kind?: PolicyKind;
  /**
   * Duplicate Sids are an error by default (IAM rejects them). The linter passes `false` to get
   * the policy back and report them as its own located finding (DUPLICATE_SID).
   */
  rejectDuplicateSids?: boolean;
}

const TOP_LEVEL_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const ACTION = /^[A-Za-z0-9*?_.-]+:[A-Za-z0-9*?_.-]+$/;
const VERSIONS = new Set<string>(['2012-10-17', '2008-10-17']);

export function parsePolicy(
  text: string,
  file: string,
  options: ParsePolicyOptions = {},
): ParseResult<ParsedPolicy> {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const report = (
    offset: number,
    message: string,
    key?: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    const d: Diagnostic = { file, position: lines.positionAt(offset), message, severity };
    if (key !== undefined) d.key = key;
    diagnostics.push(d);
  };
  const parsed = parseJson(text);
  if ('error' in parsed) {
    report(parsed.error.offset, `invalid JSON: ${parsed.error.message}`);
    return { diagnostics };
  }
  const ctx: Context = { lines, report };
  const policy = readPolicy(parsed.node, file, ctx, options.rejectDuplicateSids !== false);
  if (policy && options.kind) diagnostics.push(...validatePolicy(policy, { kind: options.kind }));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed || !policy ? { diagnostics } : { value: policy, diagnostics };
}

function readPolicy(
  node: JsonNode,
  file: string,
  ctx: Context,
  rejectDuplicateSids: boolean,
): ParsedPolicy | undefined {
  if (node.type !== 'object') {
    ctx.report(node.start, 'a policy must be a JSON object with a Statement');
    return undefined;
  }
  checkDuplicateKeys(node, ctx, '');
  for (const m of node.members) {
    if (!TOP_LEVEL_KEYS.has(m.key)) {
      ctx.report(
        m.keyStart,
        `unknown policy element "${m.key}" (expected Version, Id, Statement)`,
        m.key,
      );
    }
  }
  // Same shape for every policy (see parsed-policy.ts): absent Version and Id are undefined.
  const policy: ParsedPolicy = {
    file,
    version: undefined,
    id: undefined,
    singleStatement: false,
    statements: [],
  };
  const version = member(node, 'Version');
  if (version) {
    if (version.type === 'string' && VERSIONS.has(version.value)) {
      policy.version = locate(ctx, version.value as PolicyVersion, version);
    } else {
      ctx.report(version.start, 'Version must be "2012-10-17" or "2008-10-17"', 'Version');
    }
  }
  const id = member(node, 'Id');
  if (id) {
    if (id.type === 'string') policy.id = locate(ctx, id.value, id);
    else ctx.report(id.start, 'Id must be a string', 'Id');
  }
  const statement = member(node, 'Statement');
  if (!statement) {
    ctx.report(node.start, 'the policy has no Statement');
    return policy;
  }
  let items: JsonNode[];
  if (statement.type === 'object') {
    policy.singleStatement = true;
    items = [statement];
  } else if (statement.type === 'array') {
    items = statement.items;
    if (items.length === 0) ctx.report(statement.start, 'Statement is empty', 'Statement');
  } else {
    ctx.report(statement.start, 'Statement must be an object or a list of objects', 'Statement');
    return policy;
  }
  const sids = new Map<string, number>();
  items.forEach((item, index) => {
    const path = policy.singleStatement ? 'Statement' : `Statement[${index}]`;
    const st = readStatement(item, index, path, ctx);
    if (!st) return;
    if (rejectDuplicateSids && st.sid && st.sid.value !== '') {
      if (sids.has(st.sid.value)) {
        ctx.report(
          st.sid.start,
          `duplicate Sid "${st.sid.value}" (also statement ${sids.get(st.sid.value)})`,
          join(path, 'Sid'),
        );
      } else sids.set(st.sid.value, index);
    }
    policy.statements.push(st);
  });
  return policy;
}

function readStatement(
  node: JsonNode,
  index: number,
  path: string,
  ctx: Context,
): ParsedStatement | undefined {
  if (node.type !== 'object') {
    ctx.report(node.start, 'a statement must be a JSON object', path);
    return undefined;
  }
  checkDuplicateKeys(node, ctx, path);
  for (const m of node.members) {
    if (!STATEMENT_KEYS.has(m.key))
      ctx.report(m.keyStart, `unknown statement element "${m.key}"`, join(path, m.key));
  }
  const pos = ctx.lines.positionAt(node.start);
  const effectNode = member(node, 'Effect');
  let effect: Located<Effect>;
  if (!effectNode) {
    ctx.report(node.start, 'the statement has no Effect', path);
    effect = locate(ctx, 'Deny', node);
  } else if (
    effectNode.type === 'string' &&
    (effectNode.value === 'Allow' || effectNode.value === 'Deny')
  ) {
    effect = locate(ctx, effectNode.value, effectNode);
  } else {
    const shown = effectNode.type === 'string' ? `"${effectNode.value}"` : `a ${effectNode.type}`;
    ctx.report(
      effectNode.start,
      `Effect must be "Allow" or "Deny" (case-sensitive), not ${shown}`,
      join(path, 'Effect'),
    );
    effect = locate(ctx, 'Deny', effectNode);
  }
  const sidNode = member(node, 'Sid');
  let sid: Located<string> | undefined;
  if (sidNode) {
    if (sidNode.type === 'string') {
      sid = locate(ctx, sidNode.value, sidNode);
    } else ctx.report(sidNode.start, 'Sid must be a string', join(path, 'Sid'));
  }
  const action = readStringList(node, 'Action', path, ctx);
  const notAction = readStringList(node, 'NotAction', path, ctx);
  if (action && notAction)
    ctx.report(node.start, 'a statement cannot have both Action and NotAction', path);
  else if (!action && !notAction && !member(node, 'Action') && !member(node, 'NotAction')) {
    ctx.report(node.start, 'the statement has neither Action nor NotAction', path);
  }
  if (action) for (const a of action) checkActionShape(a, ctx);
  if (notAction) for (const a of notAction) checkActionShape(a, ctx);
  const resource = readStringList(node, 'Resource', path, ctx);
  const notResource = readStringList(node, 'NotResource', path, ctx);
  if (resource && notResource)
    ctx.report(node.start, 'a statement cannot have both Resource and NotResource', path);
  if (resource) for (const r of resource) checkResourceShape(r, ctx);
  if (notResource) for (const r of notResource) checkResourceShape(r, ctx);
  const principal = readPrincipal(node, 'Principal', path, ctx);
  const notPrincipal = readPrincipal(node, 'NotPrincipal', path, ctx);
  if (principal && notPrincipal)
    ctx.report(node.start, 'a statement cannot have both Principal and NotPrincipal', path);
  const condition = member(node, 'Condition');
  // One object shape for every statement: every element present, in this order, absent ones
  // undefined (parsed-policy.ts says why).
  return {
    index,
    line: pos.line,
    column: pos.column,
    start: node.start,
    end: node.end,
    sid,
    effect,
    action,
    notAction,
    resource,
    notResource,
    principal,
    notPrincipal,
    conditions: condition ? readConditions(condition, join(path, 'Condition'), ctx) : [],
  };
}

/** A string or a non-empty list of strings; undefined when absent or malformed (reported). */
function checkActionShape(a: Located<string>, ctx: Context): void {
  if (a.value === '*') return;
  if (/\s/.test(a.value) && ACTION.test(a.value.replace(/\s+/g, ''))) {
    // `"amplifybackend: *"`: IAM accepts it (AWS managed policies contain such actions) but does
    // not document how it matches; compile-policy.ts makes it undecidable (fail closed).
    ctx.report(
      a.start,
      `"${a.value}" contains whitespace: AWS accepts it but does not document how it matches, so it is treated as undecidable; write "${a.value.replace(/\s+/g, '')}"`,
      undefined,
      'warning',
    );
    return;
  }
  if (!ACTION.test(a.value)) {
    ctx.report(
      a.start,
      `"${a.value}" is not an action: expected service:ActionName, e.g. s3:GetObject`,
    );
  }
}

function checkResourceShape(r: Located<string>, ctx: Context): void {
  if (r.value === '*') return;
  const parts = r.value.split(':');
  if (parts[0] === 'arn' && parts.length >= 3 && parts.length < 6 && r.value.endsWith('*')) {
    // `arn:aws:rds:*`: IAM accepts it (AWS managed policies use it); the trailing `*` matches
    // past colon boundaries (wildcard.ts, shape "resource").
    ctx.report(
      r.start,
      `"${r.value}" is a short ARN: its trailing * matches every ARN that starts with "${r.value.slice(0, -1)}"; write all six segments to be explicit`,
      undefined,
      'warning',
    );
    return;
  }
  if (parts[0] !== 'arn' || parts.length < 6) {
    ctx.report(
      r.start,
      `"${r.value}" is not an ARN: expected arn:partition:service:region:account:resource or *`,
    );
  } else if (parts[2] === '') {
    ctx.report(r.start, `"${r.value}" has an empty service segment`);
  }
}
