export const id = 894;
export const ids = [894];
export const modules = {

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RoleNotFoundError: () => (/* reexport */ RoleNotFoundError),
  awsSdkBackend: () => (/* reexport */ awsSdkBackend),
  ignoreEntriesFor: () => (/* reexport */ lint/* ignoreEntriesFor */.gz),
  preparePolicy: () => (/* reexport */ preparePolicy),
  runTarget: () => (/* reexport */ runTarget),
  statementFindings: () => (/* reexport */ lint/* statementFindings */.yo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/common/errors.ts + 1 modules
var errors = __webpack_require__(7926);
// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
// EXTERNAL MODULE: ./src/mutate/backends/command-workload.ts
var command_workload = __webpack_require__(6397);
;// CONCATENATED MODULE: ./src/mutate/backends/invoke-function.ts


/**
 * One synchronous invoke of a Lambda workload, cut off at the target's timeout. A missing
 * function is the config's fault (or setup's) and says which; anything else the SDK throws
 * is a broken run.
 */
async function invokeFunction(lambda, functionName, payload, timeoutMs, 
/** The run's stop signal: an interrupted run stops waiting for the function. */
signal) {
    const started = Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
        const out = await lambda.send(new client_lambda_dist_cjs/* InvokeCommand */.mdN({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            LogType: 'Tail',
            ...(payload !== undefined && { Payload: payload }),
        }), { abortSignal: signal ? AbortSignal.any([abort.signal, signal]) : abort.signal });
        const text = out.Payload === undefined ? '' : Buffer.from(out.Payload).toString('utf8');
        const parsed = parseJson(text);
        const log = out.LogResult === undefined
            ? undefined
            : Buffer.from(out.LogResult, 'base64').toString('utf8');
        if (out.FunctionError !== undefined) {
            const body = (parsed ?? {});
            return {
                kind: 'returned',
                payload: parsed,
                functionError: {
                    type: body.errorType ?? out.FunctionError,
                    message: body.errorMessage ?? text.slice(0, 500),
                },
                ...(log !== undefined && { log }),
            };
        }
        return { kind: 'returned', payload: parsed, ...(log !== undefined && { log }) };
    }
    catch (error) {
        const interrupted = (0,errors/* interruptionOf */.nS)(undefined, signal);
        if (interrupted) {
            interrupted.during.push(`invoking ${functionName}`);
            throw interrupted;
        }
        if (abort.signal.aborted)
            return { kind: 'timeout', afterMs: Date.now() - started };
        if (error instanceof client_lambda_dist_cjs/* ResourceNotFoundException */.lBX) {
            throw new errors/* InputError */.dz(`function '${functionName}' does not exist on the emulator: create it in the setup script, or fix the target's workload.lambda`);
        }
        const name = error.name ?? 'Error';
        throw new errors/* RunError */.e4(`invoking ${functionName} failed: ${name}: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        clearTimeout(timer);
    }
}
function parseJson(text) {
    if (text === '')
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/mutate/backends/aws-sdk-backend.ts







/**
 * Drives any AWS-compatible endpoint with the AWS SDK: the embedded emulator and an external
 * LocalEmu container take the same code path. Clients are built with the endpoint and
 * explicit credentials only, so nothing from the host's AWS configuration is used.
 */
function awsSdkBackend(options) {
    const clientConfig = {
        endpoint: options.endpoint,
        region: options.region,
        credentials: options.admin,
        maxAttempts: 1,
    };
    const iam = new dist_cjs/* IAMClient */.h8v(clientConfig);
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox(clientConfig);
    // Only command workloads assume the role: a run of Lambda targets never loads the STS client.
    let sts;
    const stsClient = () => (sts ??= __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)).then(({ STSClient }) => new STSClient(clientConfig)));
    return {
        ...(options.authorizationLog && { authorizationLog: options.authorizationLog }),
        ...(options.signal && { signal: options.signal }),
        async putRolePolicy(role, policyName, policyText) {
            await iam.send(new dist_cjs/* PutRolePolicyCommand */.pMt({
                RoleName: role,
                PolicyName: policyName,
                PolicyDocument: policyText,
            }));
        },
        async getRolePolicy(role, policyName) {
            await requireRole(iam, role);
            try {
                const out = await iam.send(new dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: role, PolicyName: policyName }));
                // IAM returns the document URL-encoded (RFC 3986), as AWS does.
                return out.PolicyDocument === undefined
                    ? undefined
                    : decodeURIComponent(out.PolicyDocument);
            }
            catch (error) {
                if (error instanceof dist_cjs/* NoSuchEntityException */.vir)
                    return undefined;
                throw error;
            }
        },
        async deleteRolePolicy(role, policyName) {
            await iam.send(new dist_cjs/* DeleteRolePolicyCommand */.Tt({ RoleName: role, PolicyName: policyName }));
        },
        async runWorkload(target) {
            if (target.workload.kind === 'lambda') {
                const payload = target.workload.payloadFile === undefined
                    ? undefined
                    : await (0,promises_.readFile)(target.workload.payloadFile);
                return invokeFunction(lambda, target.workload.functionName, payload, target.timeoutMs, options.signal);
            }
            const credentials = await assumeRole(await stsClient(), options.accountId, target.role);
            return (0,command_workload/* runCommandWorkload */.M)(target.workload.command, {
                cwd: options.rootDir,
                timeoutMs: target.timeoutMs,
                ...(options.signal && { signal: options.signal }),
                env: (0,workload_environment/* workloadEnvironment */.Dx)(options.hostEnv, options.endpoint, options.region, credentials, {}, options.emptyConfigFile, options.envNames),
            });
        },
    };
}
/** The target's role is not on the emulator; the run locates it at the target's `role:`. */
class RoleNotFoundError extends errors/* InputError */.dz {
    role;
    constructor(role) {
        super(RoleNotFoundError.message(role));
        this.role = role;
    }
    static message(role) {
        return `role '${role}' does not exist on the emulator: create it in the setup script, or fix the target's role`;
    }
}
/** A missing role is the config's fault (or setup's): say which, instead of an SDK trace. */
async function requireRole(iam, role) {
    try {
        await iam.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: role }));
    }
    catch (error) {
        if (error instanceof dist_cjs/* NoSuchEntityException */.vir) {
            throw new RoleNotFoundError(role);
        }
        throw error;
    }
}
async function assumeRole(sts, accountId, role) {
    const { AssumeRoleCommand } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const out = await sts.send(new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${accountId}:role/${role}`,
        RoleSessionName: 'iam-mutate-workload',
    }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new errors/* RunError */.e4(`AssumeRole on ${role} returned no credentials`);
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken !== undefined && { sessionToken: c.SessionToken }),
    };
}

;// CONCATENATED MODULE: ./src/report/reverse-substitutions.ts
/**
 * The report as the repository's policy files read. The run attaches policies with the
 * config's `substitute` map applied (production account -> emulator account, placeholders ->
 * ids setup created), so everything the run saw carries the substituted text. The run maps it
 * back once, with the same `Substitution.reverse` that undoes what it applied
 * (src/mutate/run-target.ts), in every field that holds policy or call text: actions,
 * resources, used actions and resources, calls, denied/allowed actions, statement and policy
 * suggestions, mutant descriptions, notes and reasons. report.json and every file rendered
 * from it are therefore in the repository's terms.
 *
 * Left alone: the policy path, role, Sids and mutant ids (names, not policy text), findings
 * (the linter reads the file as written) and probe commands (written by the user in the
 * config, where they name the real resource).
 */
function reportInRepositoryTerms(report, back) {
    return { ...report, targets: report.targets.map((t) => targetInRepositoryTerms(t, back)) };
}
function targetInRepositoryTerms(target, reverse) {
    const back = sparingProbes(target, reverse);
    const out = {
        ...target,
        baseline: {
            ...target.baseline,
            calls: target.baseline.calls.map((c) => reverseCall(c, back)),
            ...(target.baseline.reason !== undefined && { reason: back(target.baseline.reason) }),
        },
        statements: target.statements.map((s) => reverseStatement(s, back)),
        mutants: target.mutants.map((m) => reverseMutant(m, back)),
        notes: target.notes.map(back),
    };
    if (target.suggestedPolicy !== undefined) {
        out.suggestedPolicy = {
            ...target.suggestedPolicy,
            policy: reverseJson(target.suggestedPolicy.policy, back),
            ...(target.suggestedPolicy.reason !== undefined && {
                reason: back(target.suggestedPolicy.reason),
            }),
        };
    }
    return out;
}
function reverseCall(call, back) {
    return { ...call, action: back(call.action), resource: back(call.resource) };
}
function reverseStatement(s, back) {
    const out = {
        ...s,
        actions: s.actions.map(back),
        resources: s.resources.map(back),
    };
    if (typeof s.deniedAction === 'string')
        out.deniedAction = back(s.deniedAction);
    if (s.allowedAction !== undefined)
        out.allowedAction = back(s.allowedAction);
    if (s.usedActions !== undefined)
        out.usedActions = s.usedActions.map(back);
    if (s.usedResources !== undefined)
        out.usedResources = s.usedResources.map(back);
    if (s.suggestion !== null) {
        out.suggestion = {
            ...s.suggestion,
            statement: s.suggestion.statement === null ? null : reverseJson(s.suggestion.statement, back),
            reason: back(s.suggestion.reason),
        };
    }
    return out;
}
function reverseMutant(m, back) {
    const out = { ...m };
    if (m.deniedAction !== undefined)
        out.deniedAction = back(m.deniedAction);
    if (m.allowedAction !== undefined)
        out.allowedAction = back(m.allowedAction);
    if (m.description !== undefined)
        out.description = back(m.description);
    return out;
}
/**
 * `back`, except inside a quoted probe command: a description or note that quotes a probe
 * keeps it as the user wrote it in the config.
 */
function sparingProbes(target, back) {
    const probes = [
        ...new Set([...target.statements, ...target.mutants]
            .map((x) => x.probe)
            .filter((p) => p !== undefined && p !== '')),
    ].sort((a, b) => b.length - a.length);
    if (probes.length === 0)
        return back;
    const pattern = new RegExp(`(${probes.map(escapeRegExp).join('|')})`);
    return (text) => text
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? part : back(part)))
        .join('');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every string in a JSON value (keys are IAM element names, never substituted). */
function reverseJson(value, back) {
    if (typeof value === 'string')
        return back(value);
    if (Array.isArray(value))
        return value.map((v) => reverseJson(v, back));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reverseJson(v, back)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/mutate/mutators/mutant.ts
/** The statement at `index` replaced (or removed, with `replacement` null). */
function replaceStatement(statements, index, replacement) {
    const next = [...statements];
    if (replacement === null)
        next.splice(index, 1);
    else
        next[index] = replacement;
    return next;
}

;// CONCATENATED MODULE: ./src/mutate/mutators/policy-json.ts
/** The statements as a list, whether the document holds one statement or an array. */
function statementsOf(policy) {
    return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}
/** A copy of the document with another statement list (always written as an array). */
function withStatements(policy, statements) {
    return { ...policy, Statement: statements };
}
/** A string-or-list policy element as a list. */
function listOf(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** Writes a list back the way the user would: a lone string stays a string. */
function asElement(values) {
    return values.length === 1 ? values[0] : values;
}
function sidOf(statement) {
    return typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : null;
}
function hasWildcard(value) {
    return value.includes('*') || value.includes('?');
}

;// CONCATENATED MODULE: ./src/mutate/mutators/narrow-resource.ts


/**
 * A wildcard Resource entry replaced by the concrete resources the baseline touched through
 * it. If the workload still passes, the wildcard granted more than the workload needs (the
 * mutant survives and the narrower resource becomes a suggestion).
 */
const narrowResource = {
    name: 'narrow-resource',
    mutate({ policy, usage }) {
        const statements = statementsOf(policy);
        const mutants = [];
        statements.forEach((statement, index) => {
            if (statement.Effect !== 'Allow' || statement.Resource === undefined)
                return;
            const resources = listOf(statement.Resource);
            const sid = sidOf(statement);
            for (const entry of resources) {
                // `?` alone stands for characters the environment generates (a secret's random
                // suffix, `secret:name-??????`): narrowing it to this run's value would be wrong.
                if (!entry.includes('*'))
                    continue;
                const touched = [...new Set(usage[index]?.resourcesByPattern.get(entry) ?? [])].sort();
                if (touched.length === 0 || (touched.length === 1 && touched[0] === entry))
                    continue;
                const narrowed = resources.flatMap((r) => (r === entry ? touched : [r]));
                mutants.push({
                    id: `narrow-resource:${index}:${entry}`,
                    mutator: 'narrow-resource',
                    statementIndex: index,
                    sid,
                    description: `narrowed ${entry} to ${touched.join(', ')} in ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Resource: asElement(narrowed) })),
                    withdrawnActions: listOf(statement.Action),
                });
            }
        });
        return mutants;
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-action.ts


/**
 * One action withdrawn from an Allow statement that grants more than one. A wildcard entry is
 * expanded only to the actions the baseline used through it (`s3:Get*` used for GetObject and
 * GetObjectTagging gives two mutants), because expanding it to the whole catalog would make
 * hundreds of mutants that can only survive.
 */
const removeAction = {
    name: 'remove-action',
    mutate({ policy, usage }) {
        const statements = statementsOf(policy);
        const mutants = [];
        statements.forEach((statement, index) => {
            if (statement.Effect !== 'Allow' || statement.Action === undefined)
                return;
            const actions = listOf(statement.Action);
            const used = usage[index]?.actionsByPattern;
            const sid = sidOf(statement);
            const label = sid ?? `#${index}`;
            for (const entry of actions) {
                const others = actions.filter((a) => a !== entry);
                const expandedUse = hasWildcard(entry) ? (used?.get(entry) ?? []) : [];
                if (expandedUse.length > 1 || (expandedUse.length === 1 && others.length > 0)) {
                    // Replace the wildcard by the used actions, minus one at a time.
                    for (const action of expandedUse) {
                        const kept = [...others, ...expandedUse.filter((a) => a !== action)];
                        mutants.push({
                            id: `remove-action:${index}:${action}`,
                            mutator: 'remove-action',
                            statementIndex: index,
                            sid,
                            description: `withdrew ${action} (granted by ${entry}) from ${label}`,
                            policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Action: asElement(kept) })),
                            withdrawnActions: [action],
                        });
                    }
                }
                else if (!hasWildcard(entry) && others.length > 0) {
                    mutants.push({
                        id: `remove-action:${index}:${entry}`,
                        mutator: 'remove-action',
                        statementIndex: index,
                        sid,
                        description: `removed ${entry} from ${label}`,
                        policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Action: asElement(others) })),
                        withdrawnActions: [entry],
                    });
                }
            }
        });
        return mutants;
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-deny.ts


/**
 * Each Deny statement removed. The workload cannot prove a Deny (it never calls what is
 * denied); the run plan proves it with probes, calls that must stay denied: the Deny is
 * justified only if some probe succeeds without it.
 */
const removeDeny = {
    name: 'remove-deny',
    mutate({ policy }) {
        const statements = statementsOf(policy);
        return statements.flatMap((statement, index) => {
            if (statement.Effect !== 'Deny')
                return [];
            const sid = sidOf(statement);
            return [
                {
                    id: `remove-deny:${index}`,
                    mutator: 'remove-deny',
                    statementIndex: index,
                    sid,
                    description: `removed Deny statement ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, null)),
                    withdrawnActions: listOf(statement.Action),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-statement.ts


/** Every Allow statement, Sid or not, removed in turn. Deny statements have their own mutator. */
const removeStatement = {
    name: 'remove-statement',
    mutate({ policy }) {
        const statements = statementsOf(policy);
        return statements.flatMap((statement, index) => {
            if (statement.Effect !== 'Allow')
                return [];
            const sid = sidOf(statement);
            return [
                {
                    id: `remove-statement:${index}`,
                    mutator: 'remove-statement',
                    statementIndex: index,
                    sid,
                    description: `removed statement ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, null)),
                    withdrawnActions: listOf(statement.Action),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/index.ts




/** Every mutator, in the order their mutants are run and reported. */
const allMutators = [
    removeStatement,
    removeAction,
    narrowResource,
    removeDeny,
];
function generateMutants(input, mutators = allMutators) {
    return mutators.flatMap((m) => m.mutate(input));
}

// EXTERNAL MODULE: ./src/policy/index.ts + 29 modules
var src_policy = __webpack_require__(7250);
;// CONCATENATED MODULE: ./src/mutate/replay.ts


/**
 * Predicts a mutant's verdict offline from the baseline's authorization log: the first call
 * the mutant would no longer allow is where the workload will be denied. A call stays allowed
 * while another statement (of this policy or another granting policy) allowed it too; a call
 * whose only grant was the mutated statement is re-evaluated against the mutated statement
 * with the policy engine and the request context the emulator recorded.
 *
 * The prediction assumes the workload makes the same calls in the same order; re-runs verify
 * it, and a contradiction is reported, never hidden.
 */
function predictMutant(mutant, baseline) {
    if (mutant.mutator === 'remove-deny')
        return { kind: 'passed' };
    const mutated = mutatedStatementPolicy(mutant);
    for (const [callIndex, call] of baseline.entries()) {
        if (call.decision !== 'allow')
            continue;
        if (call.grantedElsewhere > 0)
            continue;
        if (call.matched.some((ref) => ref.index !== mutant.statementIndex))
            continue;
        if (!call.matched.some((ref) => ref.index === mutant.statementIndex))
            continue;
        if (mutated !== undefined && stillAllows(mutated, call))
            continue;
        return { kind: 'denied', action: call.action, resource: call.resource, callIndex };
    }
    return { kind: 'passed' };
}
/** The mutated statement alone, compiled, when the mutant changed (not removed) it. */
function mutatedStatementPolicy(mutant) {
    if (mutant.mutator === 'remove-statement')
        return undefined;
    const statement = statementsOf(mutant.policy)[mutant.statementIndex];
    if (statement === undefined)
        return undefined;
    return (0,src_policy/* compilePolicyText */.Te)(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), {
        id: 'replay',
        kind: 'identity',
    });
}
function stillAllows(policy, call) {
    const accountId = /^arn:[^:]+:[^:]+::([0-9]{12}):/.exec(call.principalArn)?.[1] ?? '';
    const decision = (0,src_policy/* evaluateRequest */.LO)({
        principal: { arn: call.principalArn, accountId },
        action: call.action,
        resource: call.resource,
        context: call.context,
    }, { identity: [policy] });
    return decision.decision === 'allow';
}

;// CONCATENATED MODULE: ./src/mutate/retrace.ts

/**
 * Calls whose response, not just their decision, can depend on the policy under test: a
 * workload reading its own policies could behave differently under an equal-deciding one.
 */
const POLICY_READS = /^iam:(Get|List|Simulate|Generate)/;
/**
 * The baseline's calls as the workload would make them under another policy (a suggested one)
 * attached in place of the one that ran: each call re-evaluated offline with the policy engine
 * and the request context the emulator recorded. Returned only when every call gets the same
 * decision as in the baseline, so that (the workload seeing only responses) the run under the
 * other policy is the baseline run again; undefined whenever that is not certain: a decision
 * changes, something is unverifiable, or the workload read policies.
 *
 * Other policies (managed, boundary, resource) are unchanged between the two runs, so a call
 * stays allowed when the other policy allows it itself or another identity policy granted it,
 * and no explicit Deny of the other policy matches.
 */
function retraceUnder(policyText, baseline) {
    const policy = (0,src_policy/* compilePolicyText */.Te)(policyText, { id: 'retrace', kind: 'identity' });
    const retraced = [];
    for (const call of baseline) {
        if (POLICY_READS.test(call.action))
            return undefined;
        const accountId = /^arn:[^:]+:[^:]+::([0-9]{12}):/.exec(call.principalArn)?.[1] ?? '';
        const decision = (0,src_policy/* evaluateRequest */.LO)({
            principal: { arn: call.principalArn, accountId },
            action: call.action,
            resource: call.resource,
            context: call.context,
        }, { identity: [policy] });
        if (decision.unverifiable.length > 0)
            return undefined;
        const same = call.decision === 'allow'
            ? decision.decision === 'allow' ||
                (call.grantedElsewhere > 0 && decision.decision !== 'explicit-deny')
            : call.decision === 'explicit-deny'
                ? // Denied by this policy: it must still deny; denied by another one: it still does.
                    call.matched.length === 0 || decision.decision === 'explicit-deny'
                : decision.decision === 'implicit-deny';
        if (!same)
            return undefined;
        retraced.push({
            ...call,
            matched: decision.decision === 'implicit-deny' ? [] : decision.matched,
        });
    }
    return retraced;
}
/** Whether two traces are the same calls in the same order with the same decisions. */
function sameCalls(a, b) {
    return (a.length === b.length &&
        a.every((call, i) => call.action === b[i].action &&
            call.resource === b[i].resource &&
            call.decision === b[i].decision));
}

// EXTERNAL MODULE: ./src/mutate/score.ts
var score = __webpack_require__(888);
;// CONCATENATED MODULE: ./src/mutate/logged-call.ts
/** The calls each statement of the policy under test took part in, indexed by statement. */
function callsByStatement(calls, statementCount) {
    const byIndex = Array.from({ length: statementCount }, () => []);
    for (const call of calls) {
        for (const ref of call.matched)
            byIndex[ref.index]?.push(call);
    }
    return byIndex;
}

;// CONCATENATED MODULE: ./src/mutate/statement-usage.ts



/**
 * What the baseline used of each statement: for every Action and Resource entry, the
 * concrete actions and resources it granted. Only allowed calls count.
 */
function statementUsage(policy, calls) {
    const statements = statementsOf(policy);
    const allowed = callsByStatement(calls.filter((c) => c.decision === 'allow'), statements.length);
    return statements.map((statement, index) => {
        const used = allowed[index] ?? [];
        if (used.length === 0)
            return undefined;
        const actionsByPattern = new Map();
        for (const pattern of listOf(statement.Action)) {
            const matches = unique(used.map((c) => c.action).filter((a) => (0,src_policy/* actionMatches */.GE)(pattern, a)));
            if (matches.length > 0)
                actionsByPattern.set(pattern, matches);
        }
        const resourcesByPattern = new Map();
        for (const pattern of listOf(statement.Resource)) {
            const matches = unique(used.map((c) => c.resource).filter((r) => pattern === '*' || (0,src_policy/* arnMatches */.T1)(pattern, r)));
            if (matches.length > 0)
                resourcesByPattern.set(pattern, matches);
        }
        return { actionsByPattern, resourcesByPattern };
    });
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./src/mutate/denial-evidence.ts
/**
 * Finds which action a failed workload run was denied, from what a workload without an
 * authorization log can show: the response envelope convention (`denied_action`, as in the
 * LocalEmu tutorial) or an AccessDenied message. The authorization log, when there is one,
 * is better evidence and is consulted first by the caller.
 */

/** `User: arn:... is not authorized to perform: s3:GetObject on resource: "arn:..."` */
const NOT_AUTHORIZED = /is not authorized to perform:? ([A-Za-z0-9-]+:[A-Za-z0-9*]+)(?: on resource:? "?([^"\s]+?)"?(?:\s|$|because))?/;
function denialFromEnvelope(response) {
    if (!response || typeof response !== 'object')
        return undefined;
    const action = response.denied_action;
    if (typeof action === 'string' && /^[A-Za-z0-9-]+:[A-Za-z0-9*]+$/.test(action)) {
        return { action: canonicalAction(action), evidence: 'response-envelope' };
    }
    return undefined;
}
/**
 * Services spell actions their own way in messages (`SNS:Publish`, `sqs:sendmessage`); IAM
 * action names are case-insensitive, so report the catalog's spelling when it knows it.
 */
function canonicalAction(action) {
    const info = (0,src_policy/* getActionInfo */.xW)(action);
    return info?.action ?? action;
}
function denialFromMessage(text) {
    const match = NOT_AUTHORIZED.exec(text);
    if (!match)
        return undefined;
    return {
        action: canonicalAction(match[1]),
        ...(match[2] !== undefined && { resource: match[2] }),
        evidence: 'error-message',
    };
}

;// CONCATENATED MODULE: ./src/mutate/expect-subset.ts
/**
 * `expect` in the config is a JSON subset the workload's response must contain: every key of
 * an expected object must be present with a matching value; arrays must match element by
 * element (same length); scalars must be equal. Returns the path of the first mismatch.
 */
function findSubsetMismatch(expected, actual, path = '$') {
    if (expected === null || typeof expected !== 'object') {
        return Object.is(expected, actual)
            ? undefined
            : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual) || actual.length !== expected.length) {
            return `${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual) ?? 'nothing'}`;
        }
        for (let i = 0; i < expected.length; i++) {
            const m = findSubsetMismatch(expected[i], actual[i], `${path}[${i}]`);
            if (m)
                return m;
        }
        return undefined;
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
        return `${path}: expected an object, got ${JSON.stringify(actual) ?? 'nothing'}`;
    }
    for (const [key, value] of Object.entries(expected)) {
        const m = findSubsetMismatch(value, actual[key], `${path}.${key}`);
        if (m)
            return m;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/mutate/interpret-run.ts


/**
 * Judges one workload run. A run passes only with no function error, no denial and a
 * response matching `expect`. The denied action comes from the best evidence available:
 * the authorization log (the role's first denied call), then the response envelope's
 * `denied_action`, then an AccessDenied message in the output.
 */
function interpretRun(result, calls, expect) {
    if (result.kind === 'timeout')
        return { kind: 'timeout', afterMs: result.afterMs };
    const firstDenied = calls?.find((c) => c.decision !== 'allow');
    if (firstDenied) {
        return {
            kind: 'denied',
            action: firstDenied.action,
            resource: firstDenied.resource,
            evidence: 'authz-log',
        };
    }
    if (result.kind === 'returned') {
        const fromEnvelope = denialFromEnvelope(result.payload);
        if (fromEnvelope)
            return { kind: 'denied', ...fromEnvelope };
        if (result.functionError) {
            const text = `${result.functionError.type}: ${result.functionError.message}`;
            const fromMessage = denialFromMessage(`${text}\n${result.log ?? ''}`);
            if (fromMessage)
                return { kind: 'denied', ...fromMessage };
            return { kind: 'failed', reason: `function error ${text}` };
        }
        if (expect !== undefined) {
            const mismatch = findSubsetMismatch(expect, result.payload);
            if (mismatch) {
                const fromMessage = denialFromMessage(JSON.stringify(result.payload) ?? '');
                if (fromMessage)
                    return { kind: 'denied', ...fromMessage };
                return { kind: 'failed', reason: `response does not match expect: ${mismatch}` };
            }
        }
        return { kind: 'passed' };
    }
    if (result.exitCode !== 0) {
        const fromMessage = denialFromMessage(`${result.stderr}\n${result.stdout}`);
        if (fromMessage)
            return { kind: 'denied', ...fromMessage };
        const tail = lastLine(result.stderr) ?? lastLine(result.stdout) ?? '';
        return {
            kind: 'failed',
            reason: `command exited with ${result.exitCode}${tail ? `: ${tail}` : ''}`,
        };
    }
    if (expect !== undefined) {
        let parsed;
        try {
            parsed = JSON.parse(result.stdout);
        }
        catch {
            return { kind: 'failed', reason: 'expect is set but the command did not print JSON' };
        }
        const mismatch = findSubsetMismatch(expect, parsed);
        if (mismatch)
            return { kind: 'failed', reason: `output does not match expect: ${mismatch}` };
    }
    return { kind: 'passed' };
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    const last = lines[lines.length - 1]?.trim();
    return last ? last.slice(0, 300) : undefined;
}

;// CONCATENATED MODULE: ./src/mutate/stages/workload-run.ts


/**
 * Attaches a policy text, runs the target's workload once, and judges the run. An interrupted
 * run attaches nothing more and judges nothing it cut short.
 */
async function runWorkloadUnder(backend, target, policyText) {
    (0,errors/* throwIfInterrupted */.sK)(backend.signal);
    await attachPolicy(backend, target, policyText);
    const log = backend.authorizationLog;
    if (log === undefined) {
        const result = await backend.runWorkload(target);
        (0,errors/* throwIfInterrupted */.sK)(backend.signal);
        return { outcome: interpretRun(result, undefined, target.expect), trace: { logged: false } };
    }
    const cursor = await log.mark();
    const result = await backend.runWorkload(target);
    (0,errors/* throwIfInterrupted */.sK)(backend.signal);
    const calls = await log.readSince(cursor, target.role, target.policyName);
    return { outcome: interpretRun(result, calls, target.expect), trace: { logged: true, calls } };
}
/**
 * Puts the policy text as the role's inline policy. IAM refuses a document with no statement
 * (MalformedPolicyDocument), and a policy whose only statement is removed grants what no
 * inline policy grants: so an empty mutant (or an empty suggestion) is run with the role's
 * inline policy deleted. The run's restore puts the original back as for any mutant.
 */
async function attachPolicy(backend, target, policyText) {
    if (!hasNoStatement(policyText)) {
        await backend.putRolePolicy(target.role, target.policyName, policyText);
    }
    else if ((await backend.getRolePolicy(target.role, target.policyName)) !== undefined) {
        await backend.deleteRolePolicy(target.role, target.policyName);
    }
}
function hasNoStatement(policyText) {
    try {
        const parsed = JSON.parse(policyText);
        return Array.isArray(parsed.Statement) && parsed.Statement.length === 0;
    }
    catch {
        return false;
    }
}
/** One line for people: why a run did not pass. */
function describeOutcome(outcome) {
    switch (outcome.kind) {
        case 'passed':
            return 'passed';
        case 'denied':
            return `denied ${outcome.action}${outcome.resource ? ` on ${outcome.resource}` : ''} (evidence: ${outcome.evidence})`;
        case 'timeout':
            return `timed out after ${outcome.afterMs} ms`;
        case 'failed':
            return outcome.reason;
    }
}

;// CONCATENATED MODULE: ./src/mutate/stages/baseline.ts

/** Stage 2: the workload once under the whole policy. */
async function runBaseline(backend, target, policyText) {
    const { outcome, trace } = await runWorkloadUnder(backend, target, policyText);
    if (outcome.kind === 'passed')
        return { passed: true, trace };
    return { passed: false, outcome, calls: trace.logged ? trace.calls : [] };
}

;// CONCATENATED MODULE: ./src/mutate/stages/judge-deny.ts

/**
 * A workload never calls what a Deny forbids, so Deny statements are proved by probes:
 * commands that must be denied under the policy. The Deny is justified (killed) only if some
 * probe succeeds once it is removed; if every probe stays denied, something else already
 * denies them and the Deny survived.
 */
async function judgeDenyMutant(mutant, target, policyText, probes) {
    const commands = target.probes;
    if (commands === undefined)
        return { status: 'no-coverage', reason: 'no probe exercises it' };
    const underPolicy = await probes(policyText);
    const allowed = commands.filter((_, i) => underPolicy[i]?.kind !== 'denied');
    if (allowed.length > 0) {
        return {
            status: 'error',
            reason: `probe ${JSON.stringify(allowed[0])} is not denied even with the full policy`,
        };
    }
    const underMutant = await probes(JSON.stringify(mutant.policy));
    const escaped = underMutant.findIndex((o) => o.kind === 'passed');
    if (escaped === -1)
        return { status: 'survived' };
    const denial = underPolicy[escaped];
    const probe = commands[escaped];
    // The probe was denied under the whole policy (checked above) and succeeds without the Deny:
    // the action it was denied is the one the Deny keeps from being allowed.
    return {
        status: 'killed',
        ...(denial?.kind === 'denied' && { allowedAction: denial.action }),
        probe,
        ...(denial?.kind === 'denied' && { evidence: denial.evidence }),
        reason: `probe ${JSON.stringify(probe)} succeeds without it`,
    };
}
function probeRunner(backend, target) {
    const cache = new Map();
    // A probe passes by succeeding at all: the workload's `expect` does not apply to it.
    const { expect: _expect, ...rest } = target;
    return async (policyText) => {
        const known = cache.get(policyText);
        if (known)
            return known;
        const outcomes = [];
        for (const command of target.probes ?? []) {
            const probe = { ...rest, workload: { kind: 'command', command } };
            outcomes.push((await runWorkloadUnder(backend, probe, policyText)).outcome);
        }
        cache.set(policyText, outcomes);
        return outcomes;
    };
}

// EXTERNAL MODULE: ./src/mutate/verdict.ts
var mutate_verdict = __webpack_require__(5403);
;// CONCATENATED MODULE: ./src/mutate/stages/judge-mutant.ts




/**
 * Judges a mutant of an Allow statement. With an authorization log, a statement no call used
 * needs no re-run, and the replay predicts the rest offline; the verify mode decides which
 * predictions are checked by re-running the workload. Without a log every mutant is re-run.
 */
async function judgeAllowMutant(mutant, input) {
    const { trace } = input;
    if (trace.logged && !input.statementUsed)
        return { status: 'no-coverage' };
    const prediction = trace.logged ? predictMutant(mutant, trace.calls) : undefined;
    const predicted = prediction && (0,mutate_verdict/* verdictFor */.X)(fromPrediction(prediction), grants(mutant));
    const rerun = predicted === undefined ||
        !(observedKill(prediction, predicted.status, input.observedKills) ||
            input.verify === 'none' ||
            (input.verify === 'survivors' && predicted.status !== 'survived'));
    let verdict;
    if (rerun) {
        const run = await runWorkloadUnder(input.backend, input.target, JSON.stringify(mutant.policy));
        verdict = (0,mutate_verdict/* verdictFor */.X)(run.outcome, grants(mutant));
    }
    else {
        verdict = predicted;
    }
    return {
        status: verdict.status,
        ...(verdict.deniedAction !== undefined && { deniedAction: verdict.deniedAction }),
        ...(verdict.evidence !== undefined && { evidence: verdict.evidence }),
        ...(predicted !== undefined && { predicted: predicted.status }),
        rerun,
        ...(verdict.reason !== undefined && { reason: verdict.reason }),
        ...(prediction?.kind === 'denied' && {
            predictedDenial: { callIndex: prediction.callIndex, action: prediction.action },
        }),
    };
}
/**
 * Whether a real run already showed what this prediction says: the workload, denied first at
 * the same call for the same action, failed. The calls before it are decided as they were then
 * (the replay and the retrace both say so), so the run under this mutant is that run again.
 */
function observedKill(prediction, status, observed) {
    return (observed !== undefined &&
        prediction?.kind === 'denied' &&
        status === 'killed' &&
        observed.get(prediction.callIndex) === prediction.action);
}
/** Whether a denied action is one the mutant withdrew (an exact kill). */
function grants(mutant) {
    return (action) => mutant.withdrawnActions.some((pattern) => (0,src_policy/* actionMatches */.GE)(pattern, action));
}
function fromPrediction(prediction) {
    return prediction.kind === 'passed'
        ? { kind: 'passed' }
        : {
            kind: 'denied',
            action: prediction.action,
            resource: prediction.resource,
            evidence: 'authz-log',
        };
}

;// CONCATENATED MODULE: ./src/mutate/stages/judgement.ts
/** The report entry of a judged mutant. */
function mutantReport(mutant, judgement) {
    const { status, deniedAction, allowedAction, probe, evidence, predicted, rerun, reason } = judgement;
    return {
        id: mutant.id,
        mutator: mutant.mutator,
        sid: mutant.sid,
        index: mutant.statementIndex,
        description: reason === undefined ? mutant.description : `${mutant.description}; ${reason}`,
        status,
        ...(deniedAction !== undefined && { deniedAction }),
        ...(allowedAction !== undefined && { allowedAction }),
        ...(probe !== undefined && { probe }),
        ...(evidence !== undefined && { evidence }),
        ...(predicted !== undefined && { predicted }),
        ...(rerun !== undefined && { rerun }),
    };
}

;// CONCATENATED MODULE: ./src/mutate/stages/mutants.ts






/** Stage 3: generates every mutant of the policy and judges each, in order. */
async function judgeMutants(input) {
    const { backend, target, prepared, trace } = input;
    const usage = statementUsage(prepared.json, trace.logged ? trace.calls : []);
    const mutants = generateMutants({ policy: prepared.json, usage });
    const probes = probeRunner(backend, target);
    const reports = [];
    const ownByStatement = prepared.statements.map(() => undefined);
    const observedKills = new Map();
    for (const [index, mutant] of mutants.entries()) {
        // Probes of a Deny mutant run no workload: checked here too so an interrupt stops them.
        (0,errors/* throwIfInterrupted */.sK)(backend.signal);
        const judgement = mutant.mutator === 'remove-deny'
            ? await judgeDenyMutant(mutant, target, prepared.text, probes)
            : await judgeAllowMutant(mutant, {
                backend,
                target,
                verify: input.verify,
                trace,
                statementUsed: usage[mutant.statementIndex] !== undefined,
                ...(input.observedKills && { observedKills: input.observedKills }),
            });
        const denial = judgement.predictedDenial;
        if (denial !== undefined &&
            judgement.rerun === true &&
            judgement.status === 'killed' &&
            judgement.deniedAction === denial.action) {
            observedKills.set(denial.callIndex, denial.action);
        }
        const report = mutantReport(mutant, judgement);
        reports.push(report);
        if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
            ownByStatement[mutant.statementIndex] = report;
        }
        input.onMutantFinished?.({ index, total: mutants.length, mutant: report });
    }
    return { mutants: reports, ownByStatement, usage, observedKills };
}

;// CONCATENATED MODULE: ./src/mutate/stages/statements.ts


/**
 * Stage 5: one report row per statement, from the prepared statement and the verdict of the
 * mutant that removed it. Every statement has such a mutant (remove-statement or
 * remove-deny); were one missing, the row would read `error`, never justified.
 */
function statementRows(input) {
    const { prepared, judged } = input;
    const allowedBy = callsByStatement(input.calls.filter((c) => c.decision === 'allow'), prepared.statements.length);
    return prepared.statements.map((statement) => {
        const { index } = statement;
        const own = judged.ownByStatement[index];
        const status = own?.status ?? 'error';
        const used = judged.usage[index];
        return {
            ...statementFacts(statement),
            status,
            justified: (0,mutate_verdict/* isJustified */.M)(status),
            deniedAction: own?.deniedAction ?? null,
            ...(own?.allowedAction !== undefined && { allowedAction: own.allowedAction }),
            ...(own?.probe !== undefined && { probe: own.probe }),
            coveredBy: status === 'survived' ? coveringStatements(index, allowedBy[index] ?? [], prepared) : [],
            ...(used && {
                usedActions: [...new Set([...used.actionsByPattern.values()].flat())].sort(),
                usedResources: [...new Set([...used.resourcesByPattern.values()].flat())].sort(),
            }),
            findings: prepared.findings[index] ?? [],
            suggestion: input.suggestions?.get(index) ?? null,
        };
    });
}
/** The rows of a policy whose baseline did not pass: nothing is decided. */
function undecidedStatementRows(prepared) {
    return prepared.statements.map((statement) => ({
        ...statementFacts(statement),
        status: 'error',
        justified: null,
        deniedAction: null,
        coveredBy: [],
        findings: prepared.findings[statement.index] ?? [],
        suggestion: null,
    }));
}
function statementFacts(s) {
    return {
        sid: s.sid,
        index: s.index,
        line: s.line,
        column: s.column,
        effect: s.effect,
        actions: s.actions,
        resources: s.resources,
    };
}
/** The other statements (by Sid, or `#index`) that also granted this statement's calls. */
function coveringStatements(index, calls, prepared) {
    const names = new Set();
    for (const call of calls) {
        for (const ref of call.matched) {
            if (ref.index === index)
                continue;
            names.add(prepared.statements[ref.index]?.sid ?? `#${ref.index}`);
        }
        if (call.grantedElsewhere > 0)
            names.add('(another policy)');
    }
    return [...names].sort();
}

// EXTERNAL MODULE: ./src/mutate/substitute.ts
var substitute = __webpack_require__(844);
;// CONCATENATED MODULE: ./src/mutate/suggest-policy.ts


/** Above this many distinct resources, a statement is narrowed to their common prefix. */
const MAX_EXACT_RESOURCES = 5;
/**
 * The smallest policy the baseline trace supports: each Allow statement the workload used,
 * keeping its Sid and Condition, narrowed to the exact actions it granted and the resources
 * it granted them on. Each call is kept by the first statement that granted it, so duplicate
 * grants collapse into one; calls other policies also grant need nothing from this one.
 * Unused Allow statements are dropped; Deny statements are kept as they are (a trace cannot
 * show that a Deny is unnecessary), except those in `redundantDenies`, which probes showed
 * unnecessary. The caller must verify the result with a baseline run and a full mutant run
 * before showing it.
 */
function suggestPolicy(policy, baseline, redundantDenies = new Set()) {
    const statements = statementsOf(policy);
    const used = firstGrantingStatement(baseline, statements.length);
    const suggested = [];
    statements.forEach((statement, index) => {
        if (statement.Effect !== 'Allow') {
            if (!redundantDenies.has(index))
                suggested.push(statement);
            return;
        }
        const calls = used[index] ?? [];
        if (calls.length === 0)
            return;
        suggested.push(narrowStatement(statement, calls));
    });
    return { ...policy, Version: '2012-10-17', Statement: suggested };
}
/** The calls only this policy granted, each under the first statement that granted it. */
function firstGrantingStatement(calls, statementCount) {
    const byIndex = Array.from({ length: statementCount }, () => []);
    for (const call of calls) {
        if (call.decision !== 'allow' || call.grantedElsewhere > 0)
            continue;
        const first = Math.min(...call.matched.map((ref) => ref.index));
        byIndex[first]?.push(call);
    }
    return byIndex;
}
/**
 * One statement narrowed to what these calls used of it. A Resource entry without `*` (exact,
 * or with `?` standing for generated characters such as a secret's suffix) is kept as written.
 */
function narrowStatement(statement, calls) {
    const actions = uniqueSorted(calls.map((c) => c.action));
    const written = listOf(statement.Resource).filter((entry) => !entry.includes('*'));
    const kept = new Set();
    const touched = [];
    for (const call of calls) {
        const entry = written.find((w) => (0,src_policy/* arnMatches */.T1)(w, call.resource));
        if (entry !== undefined)
            kept.add(entry);
        else
            touched.push(call.resource);
    }
    const resources = [...[...kept].sort(), ...narrowResources(uniqueSorted(touched))];
    const narrowed = {};
    const sid = sidOf(statement);
    if (sid !== null)
        narrowed.Sid = sid;
    narrowed.Effect = 'Allow';
    narrowed.Action = asElement(actions);
    narrowed.Resource = asElement(resources);
    if (statement.Condition !== undefined)
        narrowed.Condition = statement.Condition;
    return narrowed;
}
/**
 * Exact ARNs while there are few; otherwise the longest common prefix that ends at a separator
 * (`/`, `:`, `-`, `_`), plus `*` (never a bare `*`: then the exact list is kept).
 */
function narrowResources(resources) {
    if (resources.includes('*') || resources.length <= MAX_EXACT_RESOURCES)
        return [...resources];
    let prefix = resources[0];
    for (const r of resources) {
        while (!r.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    }
    const cut = Math.max(...['/', ':', '-', '_'].map((sep) => prefix.lastIndexOf(sep)));
    const base = prefix.slice(0, cut + 1);
    // A prefix with nothing of the resource part (`arn:aws:s3:::`, `...:000000000000:`) would
    // grant every resource of the service: keep the exact list instead.
    const resourcePart = base.split(':').slice(5).join(':');
    if (resourcePart === '')
        return [...resources];
    return [`${base}*`];
}
function uniqueSorted(values) {
    return [...new Set(values)].sort();
}

;// CONCATENATED MODULE: ./src/mutate/stages/prepare.ts


/**
 * Stage 1: substitutes the policy text and describes each statement from the parsed policy
 * (positions from the file, values as attached). The mutators work on the JSON of the very
 * text that is attached; both list the same statements in the same order, which is checked
 * here once so that no later stage has to trust it.
 */
function preparePolicy(input) {
    const { parsed, substitution } = input;
    const text = substitution.apply(input.fileText);
    const json = JSON.parse(text);
    if (statementsOf(json).length !== parsed.statements.length) {
        throw new errors/* RunError */.e4(`${parsed.file}: the substitutions changed the policy's statement list; substitute values must not contain JSON structure`);
    }
    const statements = parsed.statements.map((s) => describeStatement(s, substitution));
    const findings = statements.map(() => []);
    for (const { statementIndex, ...finding } of input.lintPolicy?.(parsed) ?? []) {
        findings[statementIndex]?.push(finding);
    }
    return { text, json, statements, findings, substitution };
}
function describeStatement(s, substitution) {
    const sid = s.sid?.value ? substitution.apply(s.sid.value) : null;
    const values = (list) => (list ?? []).map((v) => substitution.apply(v.value));
    return {
        index: s.index,
        sid: sid === '' ? null : sid,
        line: s.line,
        column: s.column,
        effect: s.effect.value,
        actions: values(s.action ?? s.notAction),
        resources: values(s.resource ?? s.notResource),
    };
}

;// CONCATENATED MODULE: ./src/mutate/stages/suggestion.ts






/**
 * Stage 4: when some statement is over-broad (an Allow that survived, covers nothing, or a
 * narrower variant of which survived; a Deny that every probe showed redundant), builds the
 * smallest policy the baseline trace and the probes support and proves it the same way: a
 * baseline run and every mutant. Each over-broad statement gets its narrower replacement (or
 * `null`: remove it), marked verified only if that proof held; an unverified suggestion says
 * why.
 */
async function proveSuggestion(input) {
    const { prepared, calls, judged } = input;
    const overBroad = overBroadAllows(prepared, judged);
    const redundantDenies = new Set(prepared.statements
        .filter((s) => s.effect === 'Deny' && judged.ownByStatement[s.index]?.status === 'survived')
        .map((s) => s.index));
    if (overBroad.length === 0 && redundantDenies.size === 0)
        return undefined;
    const suggested = suggestPolicy(prepared.json, calls, redundantDenies);
    const text = JSON.stringify(suggested, null, 2);
    const parsed = (0,src_policy/* parsePolicy */.ON)(text, `${input.policyName} (suggested)`).value;
    if (parsed === undefined)
        return undefined;
    const check = await input.prove(preparePolicy({ fileText: text, parsed, substitution: substitute/* noSubstitution */.Vb }));
    const unverified = whyNotVerified(check);
    const verified = unverified === undefined;
    const byCall = firstGrantingStatement(calls, prepared.statements.length);
    const originals = statementsOf(prepared.json);
    const byStatement = new Map();
    for (const index of overBroad) {
        const own = byCall[index] ?? [];
        byStatement.set(index, own.length === 0
            ? {
                statement: null,
                verified,
                reason: 'remove it: every call it allows is granted elsewhere or never made',
            }
            : {
                statement: narrowStatement(originals[index] ?? {}, own),
                verified,
                reason: `narrow it to the ${count(own, (c) => c.action)} action(s) and ${count(own, (c) => c.resource)} resource(s) the workload used`,
            });
    }
    for (const index of redundantDenies) {
        byStatement.set(index, {
            statement: null,
            verified,
            reason: 'remove it: every probe stays denied without it',
        });
    }
    const notes = [...keptDenyNotes(prepared, judged), ...denyNotesOfTheCheck(check)];
    if (unverified !== undefined)
        notes.unshift(`the suggested policy is not verified: ${unverified}`);
    return {
        suggestedPolicy: {
            policy: suggested,
            verified,
            score: check.score,
            ...(unverified !== undefined && { reason: unverified }),
        },
        byStatement,
        notes,
    };
}
/** Allow statements shown unjustified, and those a narrower variant of survived. */
function overBroadAllows(prepared, judged) {
    const overBroad = new Set();
    for (const s of prepared.statements) {
        const own = judged.ownByStatement[s.index];
        if (s.effect === 'Allow' && own !== undefined && (0,mutate_verdict/* isJustified */.M)(own.status) === false) {
            overBroad.add(s.index);
        }
    }
    for (const m of judged.mutants) {
        if ((m.mutator === 'narrow-resource' || m.mutator === 'remove-action') &&
            m.status === 'survived') {
            overBroad.add(m.index);
        }
    }
    return [...overBroad];
}
/** Which step of the suggestion's own proof failed, or undefined when it held. */
function whyNotVerified(check) {
    if (check.baseline.status !== 'passed') {
        return `its own baseline did not pass (${check.baseline.status}: ${check.baseline.reason ?? 'no reason given'})`;
    }
    const unproved = check.statements.filter((s) => s.effect === 'Allow' && s.justified !== true);
    if (unproved.length === 0)
        return undefined;
    return `in its own mutant run, ${unproved.map((s) => `${s.sid ?? `#${s.index}`} was ${s.status}`).join(', ')}`;
}
/**
 * `verified` looks at Allow statements only, so a suggestion can be verified with a score under
 * 100: once its Allows are narrowed, a Deny that was needed may block nothing they grant any
 * more, and survives in the suggestion's own run. Say so, instead of leaving a reader to
 * wonder why a verified policy scores 50.
 */
function denyNotesOfTheCheck(check) {
    if (check.baseline.status !== 'passed')
        return [];
    return check.statements
        .filter((s) => s.effect === 'Deny' && s.justified !== true)
        .map((s) => {
        const sid = s.sid ?? `#${s.index}`;
        return s.justified === false
            ? `the suggested policy's score counts Deny ${sid}, which ${s.status === 'no-coverage' ? 'no probe exercises' : 'survived'} in its own run: once the Allow statements are narrowed, nothing ${sid} blocks is granted any more, so removing it changes nothing. "verified" looks at Allow statements only; keep ${sid} as a guard against a later, broader Allow, or drop it`
            : `the suggested policy's Deny ${sid} could not be judged in its own run (${s.status}); "verified" looks at Allow statements only`;
    });
}
/** A Deny the suggestion keeps although it was not shown needed: say why. */
function keptDenyNotes(prepared, judged) {
    const notes = [];
    for (const s of prepared.statements) {
        const status = judged.ownByStatement[s.index]?.status;
        if (s.effect !== 'Deny' || status === 'killed' || status === 'survived')
            continue;
        notes.push(`the suggested policy keeps Deny ${suggestion_name(s)}: ${keptBecause(status)}`);
    }
    return notes;
}
function keptBecause(status) {
    return status === 'no-coverage'
        ? 'no probe exercises it, so nothing showed it unnecessary'
        : `its probes could not decide it (${status ?? 'not judged'}), so nothing showed it unnecessary`;
}
function suggestion_name(s) {
    return s.sid ?? `#${s.index}`;
}
function count(calls, key) {
    return new Set(calls.map(key)).size;
}

;// CONCATENATED MODULE: ./src/mutate/stages/target-notes.ts
/** Things a reader must know to trust the verdicts: missing evidence, replay contradictions. */
function targetNotes(mutants, trace) {
    const notes = [];
    if (!trace.logged) {
        notes.push('the endpoint keeps no authorization log: denied actions come from the workload response or error messages, and no-coverage cannot be told from survived');
    }
    const contradicted = mutants.filter((m) => m.predicted !== undefined && m.predicted !== m.status);
    if (contradicted.length > 0) {
        notes.push(`the re-run contradicted the replay for ${contradicted.map((m) => m.id).join(', ')}: the workload may not be deterministic`);
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/mutate/run-target.ts













function workloadKey(target) {
    return JSON.stringify([target.role, target.workload, target.timeoutMs, target.expect ?? null]);
}
/**
 * The baseline-plus-mutant loop for one target (docs/architecture.md): baseline, mutants,
 * suggestion, statement rows, each a stage under stages/. The role's previous inline policy
 * of that name is restored afterwards, whatever happens (an interruption included, which then
 * records what it restored). The report is returned in the policy
 * file's terms: every text the run saw is mapped back through the substitution it applied.
 */
async function runTarget(run) {
    const { target, backend } = run;
    run.reporter?.onTargetStarted?.({ policy: target.policy, index: run.index, total: run.total });
    const previous = await backend.getRolePolicy(target.role, target.policyName);
    const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
    const leftover = previous === undefined
        ? `${policyRef} is attached (the role had none before the run)`
        : `${policyRef} may hold a mutant instead of its original`;
    run.leftovers?.add(leftover);
    let interrupted;
    try {
        const report = targetInRepositoryTerms(await proveTarget(run, run.prepared, run.suggest !== false), run.prepared.substitution.reverse);
        run.reporter?.onTargetFinished?.(report);
        return report;
    }
    catch (error) {
        interrupted = (0,errors/* interruptionOf */.nS)(error, backend.signal);
        interrupted?.during.unshift(`target ${run.index + 1}/${run.total} ${target.policy}`);
        throw interrupted ?? error;
    }
    finally {
        await restore(backend, target, previous, interrupted);
        run.leftovers?.delete(leftover);
    }
}
/** Puts the role's inline policy back as it was (or deletes it when there was none). */
async function restore(backend, target, previous, interrupted) {
    const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
    try {
        if (previous === undefined)
            await backend.deleteRolePolicy(target.role, target.policyName);
        else
            await backend.putRolePolicy(target.role, target.policyName, previous);
    }
    catch (error) {
        // Interrupted, the interruption is what is reported, with the failed restore in it.
        if (interrupted === undefined)
            throw error;
        interrupted.leftBehind.push(`${policyRef} could not be restored: ${error.message.split('\n', 1)[0]}`);
        return;
    }
    interrupted?.undone.push(previous === undefined
        ? `deleted ${policyRef} (the role had none before the run)`
        : `restored ${policyRef} to its original document`);
}
async function proveTarget(run, prepared, suggest, proof) {
    const { target, backend, reporter } = run;
    // The baseline is taken from the trace only when the trace decides every Allow mutant too;
    // otherwise it runs for real, and the observed kills still apply if it made the same calls.
    const fromTrace = proof !== undefined && decidedByTrace(prepared, proof, run.verify)
        ? { passed: true, trace: { logged: true, calls: proof.retraced } }
        : undefined;
    const baseline = fromTrace ?? (await runBaseline(backend, target, prepared.text));
    const header = { policy: target.policy, role: target.role };
    if (!baseline.passed) {
        const reason = describeOutcome(baseline.outcome);
        reporter?.onBaselineFinished?.({
            policy: target.policy,
            passed: false,
            calls: baseline.calls.length,
            reason,
        });
        const kind = baseline.outcome.kind;
        return {
            ...header,
            baseline: {
                status: kind === 'timeout' ? 'timeout' : kind === 'denied' ? 'failed' : 'error',
                calls: baseline.calls.map(toCallRecord),
                reason,
            },
            statements: undecidedStatementRows(prepared),
            mutants: [],
            score: null,
            mutantScore: null,
            notes: [`baseline did not pass, so no mutant was run: ${reason}`],
        };
    }
    const { trace } = baseline;
    const calls = trace.logged ? trace.calls : [];
    reporter?.onBaselineFinished?.({ policy: target.policy, passed: true, calls: calls.length });
    // The target's own proof (a suggestion's), else what earlier targets of this workload showed.
    const key = workloadKey(target);
    const known = proof ?? run.killsByWorkload?.get(key);
    const observedKills = known !== undefined && trace.logged && sameCalls(trace.calls, known.retraced)
        ? known.observedKills
        : undefined;
    const judged = await judgeMutants({
        backend,
        target,
        verify: run.verify,
        prepared,
        trace,
        ...(observedKills && { observedKills }),
        ...(reporter?.onMutantFinished && {
            onMutantFinished: (event) => reporter.onMutantFinished?.({ policy: target.policy, ...event }),
        }),
    });
    // Every kill known for these calls: this target's re-runs and, for the same calls, earlier ones.
    const knownKills = new Map([...(observedKills ?? []), ...judged.observedKills]);
    if (proof === undefined && trace.logged) {
        run.killsByWorkload?.set(key, { retraced: trace.calls, observedKills: knownKills });
    }
    const suggestion = suggest && trace.logged
        ? await proveSuggestion({
            policyName: target.policy,
            prepared,
            calls,
            judged,
            prove: (other) => {
                const retraced = retraceUnder(other.text, calls);
                return proveTarget({ ...run, reporter: undefined }, other, false, retraced && { retraced, observedKills: knownKills });
            },
        })
        : undefined;
    const statements = statementRows({
        prepared,
        judged,
        calls,
        ...(suggestion && { suggestions: suggestion.byStatement }),
    });
    return {
        ...header,
        baseline: { status: 'passed', calls: calls.map(toCallRecord) },
        statements,
        mutants: judged.mutants,
        score: (0,score/* mutationScore */.i)(statements.map((s) => s.status)),
        mutantScore: (0,score/* mutationScore */.i)(judged.mutants.map((m) => m.status)),
        notes: [...targetNotes(judged.mutants, trace), ...(suggestion?.notes ?? [])],
        ...(suggestion && { suggestedPolicy: suggestion.suggestedPolicy }),
    };
}
/**
 * Whether the trace decides every Allow mutant of the policy without a re-run: each is
 * predicted denied first at a call whose denial a real re-run already showed kills the
 * workload, or (verify: none) predicted to survive.
 */
function decidedByTrace(prepared, proof, verify) {
    if (proof.observedKills.size === 0)
        return false;
    const usage = statementUsage(prepared.json, proof.retraced);
    for (const mutant of generateMutants({ policy: prepared.json, usage })) {
        if (mutant.mutator === 'remove-deny')
            continue; // judged by probes, never by the workload
        if (usage[mutant.statementIndex] === undefined)
            continue; // no-coverage, no run needed
        const prediction = predictMutant(mutant, proof.retraced);
        if (prediction.kind === 'passed') {
            if (verify === 'none')
                continue;
            return false;
        }
        if (proof.observedKills.get(prediction.callIndex) !== prediction.action)
            return false;
    }
    return true;
}
function toCallRecord(call) {
    return {
        action: call.action,
        resource: call.resource,
        decision: call.decision,
        matchedSids: call.matched.map((ref) => ref.sid ?? `#${ref.index}`),
    };
}

// EXTERNAL MODULE: ./src/lint/index.ts + 29 modules
var lint = __webpack_require__(1397);
;// CONCATENATED MODULE: ./src/mutate/run-engine.ts
/**
 * What runPlan needs once the environment is up: the AWS SDK backend, the mutation stages and
 * lint (with its action catalog). run-plan.ts loads this module while the setup script runs
 * rather than at process start: node would otherwise sit idle then, and the moment setup
 * starts is on every run's critical path.
 */






/***/ })

};
