export const id = 152;
export const ids = [152];
export const modules = {

/***/ 8917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ detectPolicyKind)
/* harmony export */ });
function detectPolicyKind(policy) {
    const withPrincipal = policy.statements.filter((s) => s.principal || s.notPrincipal);
    if (withPrincipal.length === 0)
        return 'identity';
    const trust = withPrincipal.every((s) => (s.action ?? []).every((a) => /^sts:(AssumeRole|AssumeRoleWith\w+|TagSession|SetSourceIdentity|SetContext)$/i.test(a.value.trim())));
    return trust && withPrincipal.some((s) => s.action?.length) ? 'trust' : 'resource';
}


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gz: () => (/* reexport */ ignoreEntriesFor),
  hy: () => (/* reexport */ lint_text/* lintPolicyText */.h),
  Aq: () => (/* reexport */ rule_registry/* ruleMetadata */.A),
  yo: () => (/* reexport */ statementFindings)
});

// UNUSED EXPORTS: RULES, applySuppressions, detectPolicyKind, lintPolicy

// EXTERNAL MODULE: ./src/lint/lint-policy.ts
var lint_policy = __webpack_require__(1055);
// EXTERNAL MODULE: ./src/lint/rule-registry.ts + 23 modules
var rule_registry = __webpack_require__(5529);
// EXTERNAL MODULE: ./src/lint/lint-text.ts
var lint_text = __webpack_require__(5618);
// EXTERNAL MODULE: ./src/lint/detect-kind.ts
var detect_kind = __webpack_require__(8917);
;// CONCATENATED MODULE: ./src/lint/suppressions.ts
function normalisePolicyPath(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function applySuppressions(findings, ignore) {
    return findings.map((f) => {
        const entry = ignore.find((e) => (e.policy === undefined || normalisePolicyPath(e.policy) === normalisePolicyPath(f.file)) &&
            (e.sid === undefined || e.sid === f.sid) &&
            (e.code === undefined || e.code === f.code));
        return entry ? { ...f, suppressed: true, reason: entry.reason } : f;
    });
}

;// CONCATENATED MODULE: ./src/lint/statement-findings.ts



/** The config's `ignore:` entries that concern one policy file, with the file part dropped. */
function ignoreEntriesFor(ignore, policyFile) {
    return ignore
        .filter((e) => e.policy === undefined || normalisePolicyPath(e.policy) === normalisePolicyPath(policyFile))
        .map(({ policy: _policy, ...rest }) => rest);
}
/**
 * Every finding about a single statement, suppressed ones kept and marked. Policy-wide findings
 * (no statement) have no row to sit on and are left out here.
 */
function statementFindings(parsed, ignore = []) {
    const findings = applySuppressions((0,lint_policy/* lintPolicy */.G)(parsed, { kind: (0,detect_kind/* detectPolicyKind */.Q)(parsed), policyKind: 'inline' }), ignore);
    return findings.flatMap((f) => f.statementIndex === null
        ? []
        : [
            {
                statementIndex: f.statementIndex,
                code: f.code,
                severity: f.severity,
                message: f.message,
                ...(f.sid !== undefined && { sid: f.sid }),
                line: f.line,
                column: f.column,
                fix: f.fix,
                ...(f.suppressed && { suppressed: true, reason: f.reason ?? '' }),
            },
        ]);
}

;// CONCATENATED MODULE: ./src/lint/index.ts








/***/ }),

/***/ 1055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ lintPolicy)
/* harmony export */ });
/* harmony import */ var _rule_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5529);

let run;
/**
 * One function for every rule and policy rather than a closure per call: each rule's call site
 * then always sees the same target, where a new closure per policy made V8 deoptimise and
 * recompile the rules (bench/lint.ts). It reports into `run`, set by lintPolicy.
 */
const report = (at, st, f) => {
    const { policy, rule, findings } = run;
    const finding = {
        code: rule.code,
        severity: f.severity ?? rule.severity,
        message: f.message,
        fix: f.fix,
        file: policy.file,
        statementIndex: st ? st.index : null,
        line: at.line,
        column: at.column,
    };
    if (st?.sid?.value)
        finding.sid = st.sid.value;
    if (f.relatedStatements?.length)
        finding.relatedStatements = f.relatedStatements;
    findings.push(finding);
};
function lintPolicy(policy, options) {
    const findings = [];
    const outer = run; // restored afterwards, should a rule ever lint another policy
    const ctx = { policy, options, report };
    try {
        for (const rule of _rule_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y) {
            run = { policy, rule, findings };
            rule.check(ctx);
        }
    }
    finally {
        run = outer;
    }
    // Source order, then rule order (stable sort keeps rule order within a position).
    return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ lintPolicyText),
/* harmony export */   y: () => (/* binding */ MAX_POLICY_CHARS)
/* harmony export */ });
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8074);
/* harmony import */ var _detect_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8917);
/* harmony import */ var _lint_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1055);



const MAX_POLICY_CHARS = 1_000_000;
function lintPolicyText(text, file, options = {}) {
    if (text.length > MAX_POLICY_CHARS) {
        return {
            findings: [],
            errors: [
                {
                    file,
                    position: { line: 1, column: 1 },
                    message: `the file has ${text.length.toLocaleString('en-US')} characters; no IAM policy is larger than ${MAX_POLICY_CHARS.toLocaleString('en-US')}, so it is not linted`,
                    severity: 'error',
                },
            ],
        };
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const parsed = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(body, file, { rejectDuplicateSids: false });
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (!parsed.value || errors.length > 0)
        return { findings: [], errors };
    const kind = options.kind ?? (0,_detect_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .detectPolicyKind */ .Q)(parsed.value);
    const findings = (0,_lint_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .lintPolicy */ .G)(parsed.value, { ...options, kind, text: body });
    return { kind, findings, errors: [] };
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  A: () => (/* binding */ ruleMetadata)
});

;// CONCATENATED MODULE: ./src/lint/aws-docs.ts
/** AWS documentation pages the rules link to (SARIF helpUri, README rule table). */
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const docs = {
    action: `${IAM}/reference_policies_elements_action.html`,
    resource: `${IAM}/reference_policies_elements_resource.html`,
    notAction: `${IAM}/reference_policies_elements_notaction.html`,
    notResource: `${IAM}/reference_policies_elements_notresource.html`,
    notPrincipal: `${IAM}/reference_policies_elements_notprincipal.html`,
    principal: `${IAM}/reference_policies_elements_principal.html`,
    sid: `${IAM}/reference_policies_elements_sid.html`,
    conditionOperators: `${IAM}/reference_policies_elements_condition_operators.html`,
    globalKeys: `${IAM}/reference_policies_condition-keys.html`,
    leastPrivilege: `${IAM}/best-practices.html#grant-least-privilege`,
    passRole: `${IAM}/id_roles_use_passrole.html`,
    accessKeys: `${IAM}/id_credentials_access-keys.html`,
    evaluation: `${IAM}/reference_policies_evaluation-logic.html`,
    quotas: `${IAM}/reference_iam-quotas.html`,
    externalId: `${IAM}/id_roles_create_for-user_externalid.html`,
    serviceReference: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
};

;// CONCATENATED MODULE: ./src/lint/rules/allow-not-elements.ts
/**
 * ALLOW_NOT_ACTION, ALLOW_NOT_RESOURCE, ALLOW_NOT_PRINCIPAL: an Allow of "everything except"
 * grants whatever AWS adds later. With Deny they are the normal guard idiom: never flagged.
 */

const allowNotAction = {
    code: 'ALLOW_NOT_ACTION',
    severity: 'warning',
    title: 'Allow with NotAction',
    help: '"Effect": "Allow" with "NotAction" grants every action except the listed ones, including actions of services added later. Use Action with the actions needed; keep NotAction for Deny statements.',
    docs: docs.notAction,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.notAction)
                continue;
            const first = st.notAction[0];
            report(first ?? st, st, {
                message: `Allow with "NotAction": ${JSON.stringify(st.notAction.map((a) => a.value))} allows every other action of every service`,
                fix: 'replace NotAction with an Action list of what the workload calls, or make it a Deny',
            });
        }
    },
};
const allowNotResource = {
    code: 'ALLOW_NOT_RESOURCE',
    severity: 'warning',
    title: 'Allow with NotResource',
    help: '"Effect": "Allow" with "NotResource" grants the actions on every resource except the listed ones, including resources created later. List the resources in Resource instead.',
    docs: docs.notResource,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.notResource)
                continue;
            const first = st.notResource[0];
            report(first ?? st, st, {
                message: `Allow with "NotResource": ${JSON.stringify(st.notResource.map((r) => r.value))} allows every other resource`,
                fix: 'replace NotResource with a Resource list of the ARNs the workload uses',
            });
        }
    },
};
const allowNotPrincipal = {
    code: 'ALLOW_NOT_PRINCIPAL',
    severity: 'error',
    title: 'Allow with NotPrincipal',
    help: 'AWS does not support NotPrincipal with "Effect": "Allow"; it would grant access to every principal except those listed, anonymous users included. Name the principals in Principal.',
    docs: docs.notPrincipal,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.notPrincipal)
                continue;
            report(st.notPrincipal, st, {
                message: 'Allow with "NotPrincipal" would allow everyone except the listed principals',
                fix: 'replace NotPrincipal with Principal naming who may call, or make the statement a Deny',
            });
        }
    },
};

// EXTERNAL MODULE: ./src/policy/index.ts + 31 modules
var src_policy = __webpack_require__(8074);
;// CONCATENATED MODULE: ./src/lint/action-facts.ts
/**
 * Catalog questions the rules ask about a statement's actions, answered once per pattern:
 * what a pattern expands to, whether a concrete action is known, and which actions of a
 * statement take resource-level permissions.
 *
 * Everything here is memoised for the life of the process: linting the 1,388 AWS managed
 * policies asks about 45,000 action values, 13,000 of them distinct (bench/lint.ts).
 */

/** Expansions by the text as written (no lower-casing on the hot path), then lower-cased. */
const byText = new Map();
const expansions = new Map();
/** The known actions a pattern (`s3:Get*`, `s3:GetObject`, `*`) stands for; [] if none. */
function expandPattern(pattern) {
    let hit = byText.get(pattern);
    if (hit)
        return hit;
    const key = pattern.toLowerCase();
    hit = expansions.get(key);
    if (!hit) {
        hit = uniform(/[*?]/.test(pattern)
            ? expandWildcard(pattern)
            : [(0,src_policy/* getActionInfo */.xW)(pattern)].filter((a) => a !== undefined));
        expansions.set(key, hit);
    }
    byText.set(pattern, hit);
    return hit;
}
/**
 * Every expansion as the same kind of array. V8 gives an empty array, a filtered one and a
 * mapped one different hidden classes; a rule compiled after seeing one kind is thrown away
 * and recompiled when another turns up, and over the corpus that recompiling cost more CPU
 * than the linting. A copy built by push has the class every non-empty one has, and the
 * shared empty one is made to have it too.
 */
function uniform(list) {
    if (list.length === 0)
        return NONE;
    const out = [];
    for (const a of list)
        out.push(a);
    return out;
}
const NONE = [null];
NONE.length = 0;
const serviceIndexes = new Map();
function serviceIndex(svc) {
    let index = serviceIndexes.get(svc);
    if (!index) {
        const list = [];
        const lower = [];
        const at = [];
        for (const action of (0,src_policy/* expandActionPattern */.Vd)(`${svc}:*`)) {
            const info = (0,src_policy/* getActionInfo */.xW)(action);
            at.push(list.length);
            list.push(info);
            lower.push(info.name.toLowerCase());
        }
        at.sort((x, y) => (lower[x] < lower[y] ? -1 : 1));
        const sorted = [];
        for (const i of at)
            sorted.push(lower[i]);
        index = { list, sorted, at };
        serviceIndexes.set(svc, index);
    }
    return index;
}
/**
 * `svc:Get*` against the service's action list: the corpus has 10,000 distinct patterns, and
 * the engine's general matcher (which handles policy variables) is more than this needs. The
 * pattern's literal start (`get` of `Get*Policy`) is found by binary search among the sorted
 * lower-cased names, and only the names that start with it are matched, with a glob matcher
 * rather than a regular expression per pattern (V8 compiles each new expression to machine
 * code, which over the corpus cost more than the matching). Matches come back in catalog
 * order, as the engine returns them. Service wildcards (`*:Get*`) go to the engine.
 */
function expandWildcard(pattern) {
    const p = pattern.trim();
    const colon = p.indexOf(':');
    if (p === '*' || colon <= 0 || /[*?]/.test(p.slice(0, colon))) {
        return (0,src_policy/* expandActionPattern */.Vd)(p).map((a) => (0,src_policy/* getActionInfo */.xW)(a));
    }
    const index = serviceIndex(p.slice(0, colon).toLowerCase());
    const name = p.slice(colon + 1);
    if (/^\*+$/.test(name))
        return index.list;
    // Case-insensitive as IAM matches; catalog names are ASCII, and lower-casing non-ASCII pattern
    // text could map it onto ASCII (the Kelvin sign onto "k"), so such a pattern matches nothing.
    if (/[\u0080-\uffff]/.test(name))
        return [];
    const glob = name.toLowerCase();
    const wild = glob.search(/[*?]/);
    const literal = wild < 0 ? glob : glob.slice(0, wild);
    const { sorted, at, list } = index;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < literal)
            lo = mid + 1;
        else
            hi = mid;
    }
    const hits = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(literal); i++) {
        if (globMatches(glob, sorted[i]))
            hits.push(at[i]);
    }
    return hits.sort((x, y) => x - y).map((i) => list[i]);
}
/** Whether `text` matches `glob` (`*` any run, `?` one character), both lower-cased. */
function globMatches(glob, text) {
    let g = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        const c = g < glob.length ? glob.charCodeAt(g) : -1;
        if (c === 0x3f /* ? */ || (c === text.charCodeAt(t) && c !== 0x2a)) {
            g++;
            t++;
        }
        else if (c === 0x2a /* * */) {
            star = g++;
            resume = t;
        }
        else if (star >= 0) {
            g = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (g < glob.length && glob.charCodeAt(g) === 0x2a)
        g++;
    return g === glob.length;
}
/**
 * The known actions of a list of Action patterns, in order (as `flat()` of their expansions),
 * or undefined when one of them expands to nothing. Built by push, so every result is the same
 * kind of array (see uniform).
 */
function expandAll(patterns) {
    const out = [];
    for (const p of patterns) {
        const expansion = expandPattern(p.value.trim());
        if (expansion.length === 0)
            return undefined;
        for (const a of expansion)
            out.push(a);
    }
    return out;
}
const infos = new Map();
/** getActionInfo, memoised (also the misses). */
function actionInfo(action) {
    let info = infos.get(action);
    if (info === undefined) {
        info = (0,src_policy/* getActionInfo */.xW)(action) ?? null;
        if (infos.size < 100_000)
            infos.set(action, info);
    }
    return info ?? undefined;
}
const coverSets = new Map();
/**
 * Whether an Action pattern covers a concrete known action, as IAM matches (case-insensitive
 * wildcards). Answered from the pattern's cached expansion: a set lookup, not a regex run.
 * Catalog entries are decoded once, so an action's ActionInfo is the same object in every
 * expansion that holds it.
 */
function patternCovers(pattern, action) {
    const info = actionInfo(action);
    if (!info)
        return false;
    // Keyed on the text as written: no trimming or lower-casing of the pattern on the hot path.
    let set = coverSets.get(pattern);
    if (!set) {
        set = new Set(expandPattern(pattern.trim()));
        coverSets.set(pattern, set);
    }
    return set.has(info);
}
function hasWildcard(pattern) {
    return /[*?]/.test(pattern);
}
/** The service part of `svc:Action`, or undefined for `*` and malformed values. */
function serviceOf(pattern) {
    const colon = pattern.indexOf(':');
    return colon > 0 ? pattern.slice(0, colon).toLowerCase() : undefined;
}
/** Whether the action accepts specific resources (so `Resource: "*"` is a choice, not a must). */
function takesResources(info) {
    return !info.wildcardOnly;
}
const resourceLevel = new WeakMap();
/**
 * How many of an expansion's actions take resource-level permissions, and the first of them;
 * memoised per expansion (expandPattern returns the same array for the same pattern).
 */
function resourceLevelActions(actions) {
    let hit = resourceLevel.get(actions);
    if (!hit) {
        const taking = actions.filter(takesResources);
        hit = taking.length > 0 ? { count: taking.length, first: taking[0] } : { count: 0 };
        resourceLevel.set(actions, hit);
    }
    return hit;
}
/** Access levels of a set of actions with counts, most common first: `Read 12, List 3`. */
function describeLevels(actions) {
    const counts = new Map();
    for (const a of actions)
        counts.set(a.accessLevel, (counts.get(a.accessLevel) ?? 0) + 1);
    const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    let text = '';
    for (const [level, n] of sorted)
        text += `${text ? ', ' : ''}${level} ${n}`;
    return text;
}

;// CONCATENATED MODULE: ./src/lint/lint-types.ts
/** Quotes a policy value in a message: `"s3:*"`. */
function quote(v) {
    return JSON.stringify(typeof v === 'string' ? v : v.value);
}
/** `statement "Sid"` or `statement #2`, for messages naming other statements. */
function statementName(st) {
    return st.sid?.value ? `statement "${st.sid.value}"` : `statement #${st.index}`;
}

;// CONCATENATED MODULE: ./src/lint/rules/broad-wildcard.ts
/**
 * BROAD_WILDCARD: a partial wildcard (`s3:Get*`, `ec2:Describe*`) that stands for several
 * actions. Warning when it reaches Write, Tagging or Permissions management actions; a note
 * when all it grants is List/Read.
 */



const READ_ONLY = new Set(['List', 'Read']);
const broadWildcard = {
    code: 'BROAD_WILDCARD',
    severity: 'warning',
    title: 'Allow with a wildcard that expands to several actions',
    help: 'A wildcard such as "s3:Get*" also grants every action added to the service later under that prefix. The message says how many actions it stands for today and at which access levels; list the ones the workload calls.',
    docs: docs.action,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.action)
                continue;
            for (const a of st.action) {
                const v = a.value.trim();
                if (v === '*' || !/[*?]/.test(v) || /^[^:*?]+:\*+$/.test(v))
                    continue;
                const actions = expandPattern(v);
                // One action: an abbreviation, not a broad grant. Zero: UNKNOWN_ACTION's business.
                if (actions.length < 2)
                    continue;
                const readOnly = actions.every((x) => READ_ONLY.has(x.accessLevel));
                let sample = '';
                for (let i = 0; i < 3 && i < actions.length; i++) {
                    sample += `${i > 0 ? '", "' : ''}${actions[i].action}`;
                }
                report(a, st, {
                    severity: readOnly ? 'note' : 'warning',
                    message: `${quote(a)} expands to ${actions.length} actions (${describeLevels(actions)})`,
                    fix: `list the actions the workload calls instead of ${quote(a)}, e.g. "${sample}"${actions.length > 3 ? ', ...' : ''}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/global-condition-keys.ts
/**
 * Condition keys that are not tied to one service's actions: the AWS global condition keys
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html),
 * and the service-prefixed keys that page lists as present on every request of a role session
 * (ec2:SourceInstanceArn, lambda:SourceFunctionArn, ...). The catalog lists keys per action
 * only, so these are never reported as not applicable.
 */
const SERVICE_PREFIXED_GLOBALS = new Set([
    'ec2:RoleDelivery',
    'ec2:SourceInstanceArn',
    'glue:RoleAssumedBy',
    'glue:CredentialIssuingService',
    'lambda:SourceFunctionArn',
    'ssm:SourceInstanceArn',
    'identitystore:UserId',
    'sts:SourceIdentity',
    'sts:RoleSessionName',
].map((k) => k.toLowerCase()));
/**
 * Whether the key may be present on any action's request. Every `aws:` key counts: new global
 * keys appear faster than catalogs learn them, and a false alarm costs more than a miss here.
 */
function isGlobalConditionKey(key) {
    const lower = key.toLowerCase();
    return lower.startsWith('aws:') || SERVICE_PREFIXED_GLOBALS.has(lower);
}

;// CONCATENATED MODULE: ./src/lint/rules/condition-key-not-applicable.ts




const conditionKeyNotApplicable = {
    code: 'CONDITION_KEY_NOT_APPLICABLE',
    severity: 'warning',
    title: "Condition key that the statement's actions never receive",
    help: "The Service Authorization Reference lists, for every action, the condition keys its requests carry. None of this statement's actions carries this key, so the condition never matches (or, with a negated operator, always matches). Use a key the actions support, or an ...IfExists operator if absence is intended.",
    docs: docs.serviceReference,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (!st.action || st.conditions.length === 0)
                continue;
            if (st.action.some((a) => a.value.trim() === '*'))
                continue;
            const actions = expandAll(st.action);
            if (!actions)
                continue;
            let keys;
            for (const c of st.conditions) {
                const op = c.operator.value;
                if (/ifexists$/i.test(op) || /^(for(all|any)values:)?null$/i.test(op))
                    continue;
                const key = c.key.value;
                if (isGlobalConditionKey(key))
                    continue;
                keys ??= keySet(actions);
                if (keys.matches(key))
                    continue;
                const keyService = serviceOf(key);
                const services = [...new Set(actions.map((a) => a.service))];
                const foreign = keyService !== undefined && !services.includes(keyService);
                // Only a key of another service is certain to be absent. A key of the statement's own
                // service is not judged: the catalog lists keys per action, incompletely (legacy and
                // service-wide keys such as iam:ResourceTag/x or kms:EncryptionContext:x are honoured
                // without being listed), and a false alarm here would teach users to ignore the rule.
                if (!foreign)
                    continue;
                report(c.key, st, {
                    message: `${quote(c.key)} is a ${keyService} key; requests for ${services.join(', ')} actions never carry it, so this condition never matches`,
                    fix: `use a condition key of ${services.join(' or ')} (Service Authorization Reference), or ${op}IfExists if the key may be absent`,
                });
            }
        }
    },
};
const keyPatterns = new Map();
/**
 * `aws:RequestTag/${TagKey}`, `secretsmanager:ResourceTag/tag-key`: any key name after the
 * slash. One expression per catalog key, built once (the same keys recur on many actions).
 */
function keyPattern(k) {
    let re = keyPatterns.get(k);
    if (!re) {
        const source = k
            .toLowerCase()
            .replace(/\/.*$/, '/${any}')
            .split(/\$\{[^}]*\}|<[^>]*>/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+');
        re = new RegExp(`^${source}$`);
        keyPatterns.set(k, re);
    }
    return re;
}
function keySet(actions) {
    const names = new Set();
    for (const a of actions) {
        for (const k of a.conditionKeys)
            names.add(k);
        for (const t of a.resourceTypes)
            for (const k of t.conditionKeys)
                names.add(k);
    }
    const exact = new Set();
    const templated = [];
    for (const k of names) {
        exact.add(k.toLowerCase());
        if (k.includes('/') || k.includes('${') || k.includes('<'))
            templated.push(keyPattern(k));
    }
    return {
        matches: (key) => {
            const lower = key.toLowerCase();
            return exact.has(lower) || templated.some((re) => re.test(lower));
        },
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/passrole-wildcard.ts
/**
 * PASSROLE_WILDCARD: iam:PassRole on every role, or without an iam:PassedToService condition.
 * Whoever can pass any role to a service can run code with that role's permissions.
 * `"Action": "*"` is WILDCARD_ACTION's business; this looks at iam patterns.
 */



const passRoleWildcard = {
    code: 'PASSROLE_WILDCARD',
    severity: 'error',
    title: 'iam:PassRole on every role or to any service',
    help: 'iam:PassRole lets the holder hand a role to a service (EC2, Lambda, ...) that then acts with the role\'s permissions. Limit Resource to the role ARNs the workload passes and add a condition "StringEquals": {"iam:PassedToService": "<service>.amazonaws.com"}.',
    docs: docs.passRole,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.action)
                continue;
            const pass = st.action.find((a) => serviceOf(a.value) === 'iam' && patternCovers(a.value.trim(), 'iam:PassRole'));
            if (!pass)
                continue;
            const anyRole = st.resource?.find((r) => /^(\*|arn:[^:]*:iam::[^:]*:role\/\*)$/.test(r.value.trim()));
            const scopedToService = st.conditions.some((c) => c.key.value.toLowerCase() === 'iam:passedtoservice');
            if (anyRole) {
                report(anyRole, st, {
                    message: `${quote(pass)} on ${quote(anyRole)} allows passing any role${scopedToService ? '' : ' to any service'}`,
                    fix: `replace ${quote(anyRole)} with the ARNs of the roles passed, e.g. "arn:aws:iam::123456789012:role/app-role"${scopedToService ? '' : ', and add "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}'}`,
                });
            }
            else if (!scopedToService) {
                report(pass, st, {
                    severity: 'warning',
                    message: `${quote(pass)} has no iam:PassedToService condition: the roles may be passed to any service`,
                    fix: 'add "Condition": {"StringEquals": {"iam:PassedToService": "<service>.amazonaws.com"}} naming the service that receives the role',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/policy-too-large.ts
/**
 * POLICY_TOO_LARGE: over IAM's size quota for the kind of policy, counted as IAM counts it
 * (characters, whitespace not counted). Quotas from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */

function sizeQuota(o) {
    switch (o.kind) {
        case 'trust':
            return { limit: 2048, what: 'a role trust policy (default quota, can be raised to 4,096)' };
        case 'scp':
            return { limit: 5120, what: 'a service control policy' };
        case 'resource':
            return undefined; // each service has its own (S3 bucket policies: 20 KB)
        default:
            if (o.policyKind === 'inline') {
                if (o.holder === 'user')
                    return { limit: 2048, what: 'the inline policies of a user' };
                if (o.holder === 'group')
                    return { limit: 5120, what: 'the inline policies of a group' };
                return { limit: 10240, what: 'the inline policies of a role' };
            }
            return { limit: 6144, what: 'a managed policy' };
    }
}
const policyTooLarge = {
    code: 'POLICY_TOO_LARGE',
    severity: 'error',
    title: 'Policy over the IAM size quota',
    help: 'IAM refuses a policy over its size quota (whitespace is not counted): 6,144 characters for a managed policy, 10,240 for all inline policies of a role together, 2,048 for a user, 5,120 for a group, 2,048 for a role trust policy by default. Merge statements or use wildcards deliberately, or split the policy.',
    docs: docs.quotas,
    check({ options, report }) {
        if (options.text === undefined)
            return;
        const quota = sizeQuota(options);
        if (!quota)
            return;
        // Whitespace only shrinks the count: a text no longer than the quota needs no counting.
        if (options.text.length <= quota.limit)
            return;
        const size = nonWhitespaceLength(options.text);
        if (size <= quota.limit)
            return;
        report({ line: 1, column: 1 }, null, {
            message: `the policy is ${size.toLocaleString('en-US')} characters without whitespace; the quota for ${quota.what} is ${quota.limit.toLocaleString('en-US')}`,
            fix: `remove ${(size - quota.limit).toLocaleString('en-US')} characters: merge statements with the same Effect, Resource and Condition, or split the policy in two`,
        });
    },
};
/** `text.replace(/\s/g, '').length` without building the string. */
function nonWhitespaceLength(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x20 && c < 0x7f)
            n++;
        else if (!isWhitespace(c))
            n++;
    }
    return n;
}
/** JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator code points. */
function isWhitespace(c) {
    return ((c >= 0x09 && c <= 0x0d) ||
        c === 0x20 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}

;// CONCATENATED MODULE: ./src/lint/grants.ts

class ActionSet {
    actions;
    masks = new Map();
    /** Catalog entry -> bits of the list's actions it is; built on first use (decodes services). */
    bits;
    constructor(actions) {
        this.actions = actions;
        if (actions.length > 31)
            throw new Error('ActionSet holds at most 31 actions');
    }
    /** Bits of the list's actions that the pattern covers (as IAM matches; unknown: none). */
    maskOf(pattern) {
        let m = this.masks.get(pattern);
        if (m === undefined) {
            m = 0;
            const bits = this.bitsByInfo();
            const trimmed = pattern.trim();
            if (trimmed === '*') {
                // Every known action: the same bits as expanding "*", without decoding the whole
                // catalog (22,000 actions) just to find the list's own.
                for (const b of bits.values())
                    m |= b;
            }
            else
                for (const info of expandPattern(trimmed))
                    m |= bits.get(info) ?? 0;
            this.masks.set(pattern, m);
        }
        return m;
    }
    bitsByInfo() {
        if (!this.bits) {
            this.bits = new Map();
            this.actions.forEach((a, i) => {
                const info = actionInfo(a);
                if (info)
                    this.bits.set(info, (this.bits.get(info) ?? 0) | (1 << i));
            });
        }
        return this.bits;
    }
    /** For each action of the list (by index), the statements that allow it. */
    grantsOf(policy) {
        const all = (1 << this.actions.length) - 1;
        let denied = 0;
        for (const st of policy.statements) {
            if (st.effect.value === 'Deny' && deniesEverywhere(st))
                denied |= this.statementMask(st, all);
        }
        const out = [];
        for (let i = 0; i < this.actions.length; i++)
            out.push([]);
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || (!st.resource && !st.notResource))
                continue;
            const mask = this.statementMask(st, all) & ~denied;
            if (mask === 0)
                continue;
            for (let i = 0; i < this.actions.length; i++) {
                if (!(mask & (1 << i)))
                    continue;
                const at = st.action
                    ? st.action.find((a) => this.maskOf(a.value) & (1 << i))
                    : (st.notAction?.[0] ?? st);
                out[i].push({ statement: st, at });
            }
        }
        return out;
    }
    statementMask(st, all) {
        if (st.action)
            return st.action.reduce((m, a) => m | this.maskOf(a.value), 0);
        if (st.notAction)
            return all & ~st.notAction.reduce((m, a) => m | this.maskOf(a.value), 0);
        return 0;
    }
}
function deniesEverywhere(st) {
    return (st.conditions.length === 0 &&
        !st.principal &&
        !st.notPrincipal &&
        (st.resource?.some((r) => r.value.trim() === '*') ?? false));
}

;// CONCATENATED MODULE: ./src/lint/rules/privilege-escalation.ts
/**
 * PRIVILEGE_ESCALATION: actions, alone or combined across statements, that let the holder
 * give itself more permissions than the policy grants. The paths are the documented ones
 * (Rhino Security Labs' "AWS IAM privilege escalation methods", the basis of Cloudsplaining's
 * and PMapper's lists), evaluated over the whole policy after wildcard expansion.
 *
 * Creating an access key or a login profile only for the caller's own user
 * (`user/${aws:username}`, AWS's self-service example) is not an escalation and is skipped.
 */



const PATHS = [
    ['iam:CreatePolicyVersion'],
    ['iam:SetDefaultPolicyVersion'],
    ['iam:CreateAccessKey'],
    ['iam:CreateLoginProfile'],
    ['iam:UpdateLoginProfile'],
    ['iam:AttachUserPolicy'],
    ['iam:AttachGroupPolicy'],
    ['iam:AttachRolePolicy'],
    ['iam:PutUserPolicy'],
    ['iam:PutGroupPolicy'],
    ['iam:PutRolePolicy'],
    ['iam:AddUserToGroup'],
    ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    ['iam:PassRole', 'ec2:RunInstances'],
    ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    ['lambda:UpdateFunctionCode'],
    ['iam:PassRole', 'glue:CreateDevEndpoint'],
    ['glue:UpdateDevEndpoint'],
    ['iam:PassRole', 'cloudformation:CreateStack'],
    ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
];
const SELF_SERVICE = new Set([
    'iam:createaccesskey',
    'iam:createloginprofile',
    'iam:updateloginprofile',
]);
const ESCALATION_ACTIONS = new ActionSet([...new Set(PATHS.flat())]);
const privilegeEscalation = {
    code: 'PRIVILEGE_ESCALATION',
    severity: 'error',
    title: 'Actions that let the holder escalate its own privileges',
    help: 'The policy grants an action (or a combination of actions, possibly across statements) that lets its holder obtain permissions it was not given: changing policies, creating credentials for other users, or passing a more privileged role to a compute service it can run code on. Remove the action or scope its Resource to principals that are not more privileged.',
    docs: docs.passRole,
    check({ policy, report }) {
        const byIndex = ESCALATION_ACTIONS.grantsOf(policy);
        const grants = (action) => byIndex[ESCALATION_ACTIONS.actions.indexOf(action)].filter((x) => !selfServiceOnly(action, x));
        // Group the paths by the statements that make them up, so a policy with "*" gets one
        // finding listing every path rather than twenty findings on one statement.
        const groups = new Map();
        for (const path of PATHS) {
            // The first grant of each action of the path; none when one action is not granted.
            const chosen = [];
            for (const a of path) {
                const g = grants(a)[0];
                if (!g)
                    break;
                chosen.push(g);
            }
            if (chosen.length < path.length)
                continue;
            const indexes = [...new Set(chosen.map((g) => g.statement.index))].sort((x, y) => x - y);
            const key = indexes.join(',');
            const group = groups.get(key) ?? { first: chosen[0], paths: [], indexes };
            group.paths.push(path.join(' + '));
            groups.set(key, group);
        }
        for (const { first, paths, indexes } of groups.values()) {
            const names = indexes.map((i) => statementName(policy.statements[i]));
            const shown = paths.slice(0, 5).join('; ') + (paths.length > 5 ? `; and ${paths.length - 5} more` : '');
            report(first.at, first.statement, {
                message: `${names.join(' and ')} ${indexes.length > 1 ? 'combine to allow' : 'allows'} privilege escalation: ${shown}`,
                fix: `remove ${paths[0].split(' + ')[0]} (or, for each path, one of its actions), or limit the Resource to principals that are not more privileged than this one${paths.some((p) => p.includes('iam:PassRole')) ? '; limit iam:PassRole to specific roles with an iam:PassedToService condition' : ''}`,
                ...(indexes.length > 1 && {
                    relatedStatements: indexes.filter((i) => i !== first.statement.index),
                }),
            });
        }
    },
};
function selfServiceOnly(action, g) {
    if (!SELF_SERVICE.has(action.toLowerCase()))
        return false;
    const resources = g.statement.resource ?? [];
    return resources.length > 0 && resources.every((r) => r.value.includes('${aws:username}'));
}

;// CONCATENATED MODULE: ./src/lint/rules/redundant-statement.ts



const redundantStatement = {
    code: 'REDUNDANT_STATEMENT',
    severity: 'warning',
    title: 'Statement fully covered by another',
    help: 'Another statement with the same effect, principal and conditions already allows (or denies) every action on every resource of this one. The duplicate hides what the policy really grants and drifts when one of them is edited; remove it.',
    docs: docs.evaluation,
    check({ policy, report }) {
        const list = policy.statements.filter((st) => st.action && st.resource);
        const sets = new Map();
        const actionsOf = (st) => {
            if (!sets.has(st))
                sets.set(st, actionSet(st.action));
            return sets.get(st);
        };
        for (const a of list) {
            for (const b of list) {
                if (a === b || a.effect.value !== b.effect.value)
                    continue;
                if (!sameShape(a, b))
                    continue;
                if (!resourcesCovered(a.resource, b.resource))
                    continue;
                if (!actionsCovered(a, b, actionsOf))
                    continue;
                const mutual = resourcesCovered(b.resource, a.resource) && actionsCovered(b, a, actionsOf);
                if (mutual && a.index < b.index)
                    continue;
                report(a, a, {
                    message: `${statementName(a)} is covered by ${statementName(b)}: every action and resource it ${a.effect.value === 'Allow' ? 'allows' : 'denies'} is already there`,
                    fix: `remove ${statementName(a)}, or merge what differs into ${statementName(b)}`,
                    relatedStatements: [b.index],
                });
                break;
            }
        }
    },
};
const shapes = new WeakMap();
function conditionText(st) {
    // No condition (most statements): what the expression below gives for an empty list.
    if (st.conditions.length === 0)
        return '[]';
    let text = shapes.get(st);
    if (text === undefined) {
        // Loops rather than map: arrays built one way keep V8 from deoptimising this.
        const entries = [];
        for (const c of st.conditions) {
            const values = [];
            for (const v of c.values)
                values.push(v.value);
            entries.push([c.operator.value, c.key.value.toLowerCase(), values.sort()]);
        }
        text = JSON.stringify(entries.sort());
        shapes.set(st, text);
    }
    return text;
}
const principals = new WeakMap();
function principalText(st) {
    let text = principals.get(st);
    if (text === undefined) {
        const p = st.principal ?? st.notPrincipal;
        text = p
            ? JSON.stringify([
                st.notPrincipal ? 'not' : '',
                p.wildcard,
                p.entries.map((e) => [e.type.value, e.values.map((v) => v.value).sort()]).sort(),
            ])
            : '';
        principals.set(st, text);
    }
    return text;
}
function sameShape(a, b) {
    return conditionText(a) === conditionText(b) && principalText(a) === principalText(b);
}
/**
 * Known actions of the patterns, or undefined when one is "*" or unknown (then: compare text).
 * Catalog entries are decoded once, so one action is one ActionInfo object everywhere.
 */
function actionSet(actions) {
    const out = new Set();
    for (const a of actions) {
        const v = a.value.trim();
        if (v === '*')
            return undefined;
        const expanded = expandPattern(v);
        if (expanded.length === 0)
            return undefined;
        for (const x of expanded)
            out.add(x);
    }
    return out;
}
function actionsCovered(a, b, actionsOf) {
    if (b.action.some((x) => x.value.trim() === '*'))
        return true;
    const sa = actionsOf(a);
    const sb = actionsOf(b);
    if (sa && sb) {
        for (const x of sa)
            if (!sb.has(x))
                return false;
        return true;
    }
    const bText = new Set(b.action.map((x) => x.value.trim().toLowerCase()));
    return a.action.every((x) => bText.has(x.value.trim().toLowerCase()));
}
function resourcesCovered(a, b) {
    return a.every((ra) => b.some((rb) => resourceCovers(rb.value.trim(), ra.value.trim())));
}
function resourceCovers(outer, inner) {
    if (outer === '*' || outer === inner)
        return true;
    const body = outer.slice(0, -1);
    return outer.endsWith('*') && !/[*?]|\$\{/.test(body) && inner.startsWith(body);
}

;// CONCATENATED MODULE: ./src/lint/arn-overlap.ts
/**
 * Whether a Resource pattern written in a policy can name a resource of a catalog resource type,
 * i.e. whether some ARN matches both the pattern and the type's ARN template.
 *
 * Both sides are globs. In the policy pattern `*` and `?` match anything (also `/` and `:`, as
 * IAM matches them), and a policy variable `${...}` may become anything. In a template,
 * `${Partition}`, `${Region}`, `${Account}` match one ARN segment, and other placeholders match
 * anything except `/` — unless the placeholder may hold a path (names with Path, Key, Object,
 * LogGroup, Prefix, Id, or the template's last placeholder after a `:`), which keeps the check
 * on the side of "overlaps": RESOURCE_MISMATCH must never fire on a resource AWS accepts.
 */
const ANY = { kind: 'any', c: -1 };
const ONE = { kind: 'one', c: -1 };
const NOSLASH = { kind: 'noslash', c: -1 };
const SLASH = 0x2f;
function arn_overlap_char(c) {
    const lower = c.toLowerCase();
    // Only U+0130 lower-cases to two characters: give it a code no single character has.
    return { kind: 'char', c: lower.length === 1 ? lower.charCodeAt(0) : 0x10000 + c.charCodeAt(0) };
}
/** Answers by template, then pattern: a lookup allocates no key string. */
const cache = new Map();
let cached = 0;
function arnOverlaps(pattern, template) {
    let byPattern = cache.get(template);
    if (!byPattern) {
        byPattern = new Map();
        cache.set(template, byPattern);
    }
    let hit = byPattern.get(pattern);
    if (hit === undefined) {
        if (cached > 50_000) {
            cache.clear();
            cached = 0;
            byPattern = new Map();
            cache.set(template, byPattern);
        }
        hit = intersects(tokenizePattern(pattern), tokenizeTemplate(template));
        byPattern.set(pattern, hit);
        cached++;
    }
    return hit;
}
function tokenizePattern(p) {
    const out = [];
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '$' && p[i + 1] === '{') {
            const end = p.indexOf('}', i);
            if (end > 0) {
                out.push(ANY);
                i = end;
                continue;
            }
        }
        if (c === '*')
            out.push(ANY);
        else if (c === '?')
            out.push(ONE);
        else
            out.push(arn_overlap_char(c));
    }
    return out;
}
const PATH_LIKE = /path|key|object|loggroup|prefix|name$|id$|arn|resource/i;
function tokenizeTemplate(t) {
    const out = [];
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        if (c === '$' && t[i + 1] === '{') {
            const end = t.indexOf('}', i);
            if (end > 0) {
                const name = t.slice(i + 2, end);
                const last = end === t.length - 1;
                // Partition, Region and Account never contain a slash; a trailing placeholder may
                // (a name with a path), a bucket name in `arn:...:s3:::${BucketName}` may not.
                const bucket = /^bucketname$/i.test(name);
                const slashFree = /^(partition|region|account)$/i.test(name) || bucket || (!last && !PATH_LIKE.test(name));
                out.push(slashFree ? NOSLASH : ANY);
                i = end;
                continue;
            }
        }
        out.push(arn_overlap_char(c));
    }
    return out;
}
function isStar(t) {
    return t.kind === 'any' || t.kind === 'noslash';
}
/** Can the star token `s` absorb the single-character token `t`? */
function starEats(s, t) {
    if (s.kind === 'any')
        return true;
    return t.kind === 'one' || (t.kind === 'char' && t.c !== SLASH);
}
function singlesMeet(a, b) {
    if (a.kind === 'one' || b.kind === 'one')
        return true;
    return a.kind === 'char' && b.kind === 'char' && a.c === b.c;
}
/** Glob intersection by dynamic programming over (position in a, position in b). */
function intersects(a, b) {
    const memo = new Uint8Array((a.length + 1) * (b.length + 1));
    const go = (i, j) => {
        const slot = i * (b.length + 1) + j;
        if (memo[slot])
            return memo[slot] === 2;
        memo[slot] = 1;
        let ok = false;
        const x = a[i];
        const y = b[j];
        if (!x && !y)
            ok = true;
        else if (x && isStar(x) && go(i + 1, j))
            ok = true;
        else if (y && isStar(y) && go(i, j + 1))
            ok = true;
        else if (x && y) {
            if (isStar(x) && !isStar(y))
                ok = starEats(x, y) && go(i, j + 1);
            else if (isStar(y) && !isStar(x))
                ok = starEats(y, x) && go(i + 1, j);
            else if (isStar(x) && isStar(y))
                ok = false;
            else
                ok = singlesMeet(x, y) && go(i + 1, j + 1);
        }
        memo[slot] = ok ? 2 : 1;
        return ok;
    };
    return go(0, 0);
}

;// CONCATENATED MODULE: ./src/lint/rules/resource-mismatch.ts
/**
 * RESOURCE_MISMATCH: a Resource ARN that no action of the statement accepts (s3:GetObject on a
 * bucket ARN, s3:ListBucket on `bucket/*`): that part of the statement never matches a request.
 *
 * Decided from the catalog's ARN templates with arn-overlap.ts, which errs towards "overlaps".
 * Statements with `"Action": "*"`, an unknown action, an action that takes no resource, or a
 * Resource whose service segment is a wildcard or variable are skipped: the rule must not fire
 * when it cannot be sure.
 */





const resourceMismatch = {
    code: 'RESOURCE_MISMATCH',
    severity: 'warning',
    title: "Resource that none of the statement's actions accepts",
    help: "Every action acts on specific resource types (an S3 object, a bucket, a role). This ARN is of a type none of the statement's actions acts on, so that part of the statement never matches: the workload gets AccessDenied, or a Deny protects nothing. Use the ARN form the action takes, or move the ARN to a statement with an action that takes it.",
    docs: docs.serviceReference,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (!st.action || !st.resource)
                continue;
            if (st.action.some((a) => a.value.trim() === '*'))
                continue;
            const actions = expandAll(st.action);
            if (!actions)
                continue;
            // Actions that take no resource are matched against "*" by IAM, and how a specific ARN
            // fares for them is not documented (AWS's own policies write "arn:aws:s3:::*" for
            // s3:ListAllMyBuckets): with one of them in the statement, stay silent.
            if (actions.some((a) => a.wildcardOnly))
                continue;
            const templates = new Map();
            for (const a of actions)
                for (const t of a.resourceTypes)
                    for (const arn of t.arnTemplates)
                        if (!templates.has(arn))
                            templates.set(arn, t.name);
            for (const r of st.resource) {
                const value = r.value.trim();
                if (value === '*')
                    continue;
                const arn = (0,src_policy/* parseArn */.Lw)(value);
                if (!arn || /[*?$]/.test(arn.service))
                    continue;
                let ok = false;
                for (const template of templates.keys()) {
                    if (arnOverlaps(value, template)) {
                        ok = true;
                        break;
                    }
                }
                if (ok)
                    continue;
                const names = st.action.map((a) => a.value.trim());
                const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, ...` : names.join(', ');
                const accepted = [...templates].slice(0, 2).map(([arnT, name]) => `${name} (${arnT})`);
                report(r, st, {
                    message: templates.size === 0
                        ? `${quote(r)}: ${shown} accept only "Resource": "*"`
                        : `${quote(r)} is not a resource that ${shown} act on; they take ${accepted.join(', ')}${templates.size > 2 ? ', ...' : ''}`,
                    fix: templates.size === 0
                        ? `use "Resource": "*" for these actions, or remove ${quote(r)}`
                        : `use an ARN of the form ${[...templates.keys()][0]}, or move ${quote(r)} to a statement whose actions act on it`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/sensitive-on-any.ts
/**
 * DATA_EXFILTRATION and CREDENTIALS_EXPOSURE: reading data or minting credentials on
 * `"Resource": "*"` with no condition. All the actions listed accept specific resources, so
 * "*" is always a choice here (ecr:GetAuthorizationToken, which accepts only "*", is not listed).
 */


const DATA = new ActionSet([
    's3:GetObject',
    's3:GetObjectVersion',
    'secretsmanager:GetSecretValue',
    'ssm:GetParameter',
    'ssm:GetParameters',
    'ssm:GetParametersByPath',
    'kms:Decrypt',
    'dynamodb:Scan',
    'dynamodb:Query',
    'dynamodb:GetItem',
]);
const CREDENTIALS = new ActionSet([
    'iam:CreateAccessKey',
    'sts:AssumeRole',
    'redshift:GetClusterCredentials',
    'rds-db:connect',
]);
/** Each statement's patterns become a bit mask over the list (see grants.ts): no regex runs. */
function checkSensitive(ctx, list, what, fix) {
    for (const st of ctx.policy.statements) {
        if (st.effect.value !== 'Allow' || !st.action || st.conditions.length > 0)
            continue;
        const star = st.resource?.find((r) => r.value.trim() === '*');
        if (!star)
            continue;
        let mask = 0;
        for (const a of st.action)
            if (a.value.trim() !== '*')
                mask |= list.maskOf(a.value);
        if (mask === 0)
            continue;
        const hits = list.actions.filter((_, i) => mask & (1 << i));
        const firstBit = mask & -mask; // the first action of the list that is hit
        const first = st.action.find((a) => a.value.trim() !== '*' && (list.maskOf(a.value) & firstBit) !== 0);
        ctx.report(first, st, {
            message: `${hits.join(', ')} on "Resource": "*" ${what}`,
            fix,
        });
    }
}
const dataExfiltration = {
    code: 'DATA_EXFILTRATION',
    severity: 'warning',
    title: 'Reading data or secrets on every resource',
    help: 'The statement allows reading objects, secrets, parameters or decrypting with any key in the account (and in other accounts that allow it). Limit Resource to the buckets, secrets, parameters and keys the workload reads.',
    docs: docs.leastPrivilege,
    check: (ctx) => checkSensitive(ctx, DATA, 'can read every object, secret, parameter or key it reaches', 'replace "*" with the ARNs read, e.g. "arn:aws:s3:::my-bucket/prefix/*" or "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-*"'),
};
const credentialsExposure = {
    code: 'CREDENTIALS_EXPOSURE',
    severity: 'warning',
    title: 'Minting credentials on every resource',
    help: 'The statement allows creating access keys for any user or assuming any role that trusts the account. Limit Resource to the users or roles intended.',
    docs: docs.accessKeys,
    check: (ctx) => checkSensitive(ctx, CREDENTIALS, 'can mint credentials for any user or role that allows it', 'replace "*" with the user or role ARNs, e.g. "arn:aws:iam::123456789012:role/deploy"'),
};

;// CONCATENATED MODULE: ./src/lint/rules/sid-rules.ts
/**
 * DUPLICATE_SID and MISSING_SID: every statement needs its own name, because the report's
 * table, annotations and suppressions all point at statements by Sid.
 */


const duplicateSid = {
    code: 'DUPLICATE_SID',
    severity: 'error',
    title: 'Two statements with the same Sid',
    help: 'Sids must be unique within a policy; IAM and most resource policies reject duplicates, and findings or suppressions naming the Sid become ambiguous.',
    docs: docs.sid,
    check({ policy, report }) {
        const seen = new Map();
        for (const st of policy.statements) {
            if (!st.sid || st.sid.value === '')
                continue;
            const first = seen.get(st.sid.value);
            if (first === undefined) {
                seen.set(st.sid.value, st.index);
                continue;
            }
            report(st.sid, st, {
                message: `Sid ${quote(st.sid)} is also used by statement #${first}`,
                fix: `rename one of them, e.g. "${st.sid.value}${st.index}"`,
                relatedStatements: [first],
            });
        }
    },
};
const missingSid = {
    code: 'MISSING_SID',
    severity: 'note',
    title: 'Statement without a Sid',
    help: 'A Sid names the statement in the report, the pull-request comment and in suppressions (ignore: entries). Give every statement a short unique Sid (letters and digits).',
    docs: docs.sid,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.sid && st.sid.value !== '')
                continue;
            report(st, st, {
                message: `statement #${st.index} has no Sid`,
                fix: `add "Sid": "Statement${st.index}" (or a name saying what it is for)`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/trust-rules.ts


function assumesRole(st) {
    return (st.action ?? []).some((a) => /^(\*|sts:\*|sts:assumerole\*?|sts:assume\*)$/i.test(a.value.trim()));
}
const trustAnyPrincipal = {
    code: 'TRUST_ANY_PRINCIPAL',
    severity: 'error',
    title: 'Trust policy that lets anyone assume the role',
    help: 'A trust policy with "Principal": "*" or {"AWS": "*"} and no condition lets any AWS principal in any account assume the role. Name the accounts or roles, or add a condition such as aws:PrincipalOrgID.',
    docs: docs.principal,
    check({ policy, options, report }) {
        if (options.kind !== 'trust')
            return;
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.principal || st.conditions.length > 0)
                continue;
            const p = st.principal;
            const star = p.wildcard
                ? p
                : p.entries.find((e) => e.type.value === 'AWS')?.values.find((v) => v.value.trim() === '*');
            if (!star)
                continue;
            report(star, st, {
                message: `${p.wildcard ? '"Principal": "*"' : '"AWS": "*"'} with no Condition lets any AWS account assume the role`,
                fix: 'name the trusted principals, e.g. {"AWS": "arn:aws:iam::123456789012:role/ci"}, or add "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}',
            });
        }
    },
};
const trustCrossAccountNoExternalId = {
    code: 'TRUST_CROSS_ACCOUNT_NO_EXTERNAL_ID',
    severity: 'warning',
    title: 'Cross-account trust without sts:ExternalId',
    help: 'A role that another account assumes on your behalf (a third-party service) should require an sts:ExternalId condition, so that the third party cannot be tricked into using your role for another customer (the confused deputy). Without --account the tool cannot tell your own account from another one; then the finding is a note.',
    docs: docs.externalId,
    check({ policy, options, report }) {
        if (options.kind !== 'trust')
            return;
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.principal || !assumesRole(st))
                continue;
            if (st.conditions.some((c) => /^sts:externalid$/i.test(c.key.value)))
                continue;
            const aws = st.principal.entries
                .filter((e) => e.type.value === 'AWS')
                .flatMap((e) => e.values);
            for (const v of aws) {
                const account = /^(\d{12})$/.exec(v.value)?.[1] ?? /^arn:[^:]+:iam::(\d{12}):/.exec(v.value)?.[1];
                if (!account || account === options.accountId)
                    continue;
                const known = options.accountId !== undefined;
                report(v, st, {
                    severity: known ? 'warning' : 'note',
                    message: `${quote(v)} ${known ? 'is another account and' : `is account ${account}; if that is not this role's account, it`} may assume the role without an sts:ExternalId condition`,
                    fix: 'add "Condition": {"StringEquals": {"sts:ExternalId": "<id agreed with the other account>"}}',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/closest-name.ts
/** "Did you mean": the candidate with the smallest edit distance, if it is close enough. */
function closestName(word, candidates) {
    const w = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase(), bestDistance);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // Beyond a third of the word, a suggestion is a guess, not a correction.
    return best !== undefined && bestDistance <= Math.max(2, Math.ceil(w.length / 3))
        ? best
        : undefined;
}
/** Levenshtein distance, giving up (returning `limit`) once it cannot beat `limit`. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) >= limit)
        return limit;
    // Two rows, reused: this runs against every action name of a service.
    let prev = new Uint32Array(b.length + 1);
    let cur = new Uint32Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        let rowMin = i;
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin >= limit)
            return limit;
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/lint/rules/unknown-action.ts
/**
 * UNKNOWN_SERVICE and UNKNOWN_ACTION: names the catalog does not know, with the closest real
 * name. IAM accepts them silently and they match nothing, so an Allow with a typo grants
 * nothing and a Deny with a typo protects nothing.
 */





let services;
function knownServices() {
    services ??= new Set((0,src_policy/* listServices */.TD)());
    return services;
}
const suggestions = new Map();
/**
 * closestName, memoised: the corpus repeats the same misspellings across policies, and each
 * one costs an edit distance against every name of a service. Keyed by the lower-cased word
 * (closestName ignores case) and what it is compared against.
 */
function suggestion(key, compute) {
    if (suggestions.has(key))
        return suggestions.get(key);
    const near = compute();
    if (suggestions.size < 10_000)
        suggestions.set(key, near);
    return near;
}
/** Action then NotAction (a parsed policy has at most one of them), without copying. */
function actionLists(st) {
    return [st.action, st.notAction];
}
const unknownService = {
    code: 'UNKNOWN_SERVICE',
    severity: 'warning',
    title: 'Service prefix that does not exist',
    help: `The service prefix is not in the Service Authorization Reference (catalog ${src_policy/* catalogSource */.V0}). IAM accepts it but it matches no request. Fix the spelling.`,
    docs: docs.serviceReference,
    check({ policy, report }) {
        for (const st of policy.statements) {
            for (const list of actionLists(st)) {
                if (!list)
                    continue;
                for (const a of list) {
                    const v = a.value.trim();
                    const colon = v.indexOf(':');
                    if (v === '*' || colon <= 0)
                        continue;
                    const svc = v.slice(0, colon);
                    if (hasWildcard(svc) || knownServices().has(svc.toLowerCase()))
                        continue;
                    const near = suggestion(`service ${svc.toLowerCase()}`, () => closestName(svc, knownServices()));
                    report(a, st, {
                        message: `${quote(a)}: no AWS service has the prefix "${svc}"${near ? ` (did you mean "${near}"?)` : ''}`,
                        fix: near
                            ? `write "${near}${v.slice(colon)}"`
                            : 'use a service prefix from the Service Authorization Reference',
                    });
                }
            }
        }
    },
};
const unknownAction = {
    code: 'UNKNOWN_ACTION',
    severity: 'warning',
    title: 'Action that does not exist',
    help: `The action is not in the Service Authorization Reference (catalog ${src_policy/* catalogSource */.V0}), or the wildcard matches no action. IAM accepts it but it matches no request. Fix the spelling; if AWS added the action after the catalog was built, update iam-mutate.`,
    docs: docs.serviceReference,
    check({ policy, report }) {
        for (const st of policy.statements) {
            for (const list of actionLists(st)) {
                if (!list)
                    continue;
                for (const a of list) {
                    const v = a.value.trim();
                    const colon = v.indexOf(':');
                    if (v === '*' || colon <= 0)
                        continue;
                    const svc = v.slice(0, colon);
                    if (hasWildcard(svc) || !knownServices().has(svc.toLowerCase()))
                        continue;
                    if (expandPattern(v).length > 0)
                        continue;
                    if (hasWildcard(v)) {
                        report(a, st, {
                            message: `${quote(a)} matches no ${svc} action`,
                            fix: `check the spelling; ${svc} actions are listed in the Service Authorization Reference`,
                        });
                        continue;
                    }
                    // The candidates are the actions of v's own service, so v alone is the key.
                    const near = suggestion(`action ${v.toLowerCase()}`, () => closestName(v, (0,src_policy/* expandActionPattern */.Vd)(`${svc}:*`)));
                    report(a, st, {
                        message: `${quote(a)} is not a ${svc} action${near ? ` (did you mean "${near}"?)` : ''}`,
                        fix: near
                            ? `write "${near}"`
                            : `use an action of ${svc} from the Service Authorization Reference`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/unknown-condition-operator.ts
/** UNKNOWN_CONDITION_OPERATOR: IAM rejects the policy; a misspelt operator is the usual cause. */




const unknownConditionOperator = {
    code: 'UNKNOWN_CONDITION_OPERATOR',
    severity: 'error',
    title: 'Condition operator that does not exist',
    help: 'IAM rejects a policy with an unknown condition operator (MalformedPolicyDocument). Operators are a base name such as StringEquals, optionally prefixed with ForAllValues: or ForAnyValue: and suffixed with IfExists.',
    docs: docs.conditionOperators,
    check({ policy, report }) {
        for (const st of policy.statements) {
            for (const c of st.conditions) {
                const op = c.operator.value;
                if ((0,src_policy/* isKnownConditionOperator */.R8)(op))
                    continue;
                const m = /^(for(?:all|any)values:)?(.*?)(ifexists)?$/i.exec(op);
                const prefix = m[1]
                    ? m[1].toLowerCase().startsWith('forall')
                        ? 'ForAllValues:'
                        : 'ForAnyValue:'
                    : '';
                const base = closestName(m[2] ?? '', (0,src_policy/* conditionOperatorNames */.Qo)());
                const suggestion = base ? `${prefix}${base}${m[3] ? 'IfExists' : ''}` : undefined;
                report(c.operator, st, {
                    message: `${quote(c.operator)} is not a condition operator${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
                    fix: suggestion
                        ? `write "${suggestion}"`
                        : 'use an operator such as StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/wildcard-action.ts
/** WILDCARD_ACTION: an Allow of `"Action": "*"` grants every action of every service. */

const wildcardAction = {
    code: 'WILDCARD_ACTION',
    severity: 'error',
    title: 'Allow with Action "*"',
    help: 'An Allow statement with "Action": "*" grants every action of every AWS service (administrator access on its resources). List the actions the workload calls instead.',
    docs: docs.action,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.action)
                continue;
            for (const a of st.action) {
                if (a.value.trim() !== '*')
                    continue;
                report(a, st, {
                    message: `"Action": "*" allows every action of every service`,
                    fix: 'replace "*" with the actions the workload calls, e.g. "s3:GetObject"',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/wildcard-resource.ts


const wildcardResource = {
    code: 'WILDCARD_RESOURCE',
    severity: 'warning',
    title: 'Resource "*" on actions that support resource-level permissions',
    help: 'These actions can be limited to specific resources, but the statement allows them on every resource. Name the ARNs. Actions that accept only "*" (such as sts:GetCallerIdentity) are never reported; a statement mixing both kinds should be split so the "*" stays only on those.',
    docs: docs.serviceReference,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.action || !st.resource)
                continue;
            const star = st.resource.find((r) => r.value.trim() === '*');
            if (!star)
                continue;
            const scoped = [];
            const starOnly = [];
            let example;
            for (const a of st.action) {
                if (a.value.trim() === '*')
                    continue;
                const actions = expandPattern(a.value);
                if (actions.length === 0)
                    continue;
                const taking = resourceLevelActions(actions);
                // A wildcard is judged by what it mostly grants: "ec2:Describe*" (17 of 194 take a
                // resource) needs "*"; "s3:Get*" (61 of 63) does not.
                if (taking.count > 0 && taking.count * 2 > actions.length) {
                    scoped.push(a.value);
                    example ??= taking.first;
                }
                else
                    starOnly.push(a.value);
            }
            if (scoped.length === 0 || !example)
                continue;
            const arn = exampleArn(example);
            const conditioned = st.conditions.length > 0;
            const severity = conditioned ? 'note' : 'warning';
            const narrowed = conditioned ? ' (narrowed only by its Condition)' : '';
            if (starOnly.length === 0) {
                report(star, st, {
                    severity,
                    message: `"Resource": "*" on ${list(scoped)}, which can be limited to specific resources${narrowed}`,
                    fix: `replace "*" with the ARNs used, e.g. "${arn}"`,
                });
            }
            else {
                const keep = { Effect: 'Allow', Action: starOnly, Resource: '*' };
                const split = { Effect: 'Allow', Action: scoped, Resource: [arn] };
                report(star, st, {
                    severity,
                    message: `"Resource": "*" on ${list(scoped)}, which can be limited to specific resources; ${list(starOnly)} accept only "*"${narrowed}`,
                    fix: `split it: ${JSON.stringify(keep)} and ${JSON.stringify(split)} with the ARNs used`,
                });
            }
        }
    },
};
function list(values) {
    let shown = '';
    for (let i = 0; i < values.length && i < 4; i++) {
        shown += `${i > 0 ? ', ' : ''}${JSON.stringify(values[i])}`;
    }
    return values.length > 4 ? `${shown} and ${values.length - 4} more` : shown;
}
/** The shortest ARN template among the action's required resource types (or all of them). */
function exampleArn(info) {
    const required = info.resourceTypes.filter((t) => t.required);
    const templates = (required.length > 0 ? required : info.resourceTypes).flatMap((t) => t.arnTemplates);
    const shortest = templates.sort((a, b) => a.length - b.length)[0];
    return shortest?.replace('${Partition}', 'aws') ?? 'arn:aws:...';
}

;// CONCATENATED MODULE: ./src/lint/rules/service-wildcard.ts
/** SERVICE_WILDCARD: `s3:*` grants every action of a service, including its admin actions. */



const serviceWildcard = {
    code: 'SERVICE_WILDCARD',
    severity: 'warning',
    title: 'Allow with a whole-service wildcard',
    help: 'An Allow of "service:*" grants every action of the service, including deleting resources and changing their policies. List the actions the workload calls instead.',
    docs: docs.action,
    check({ policy, report }) {
        for (const st of policy.statements) {
            if (st.effect.value !== 'Allow' || !st.action)
                continue;
            for (const a of st.action) {
                const m = /^([^:*?]+):\*+$/.exec(a.value.trim());
                if (!m)
                    continue;
                const n = expandPattern(a.value).length;
                report(a, st, {
                    message: `${quote(a)} allows all ${n} actions of ${m[1]}`,
                    fix: `replace ${quote(a)} with the ${m[1]} actions the workload calls`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rule-registry.ts
















const RULES = [
    wildcardAction,
    serviceWildcard,
    broadWildcard,
    wildcardResource,
    allowNotAction,
    allowNotResource,
    allowNotPrincipal,
    privilegeEscalation,
    passRoleWildcard,
    dataExfiltration,
    credentialsExposure,
    unknownService,
    unknownAction,
    resourceMismatch,
    conditionKeyNotApplicable,
    unknownConditionOperator,
    duplicateSid,
    missingSid,
    redundantStatement,
    policyTooLarge,
    trustAnyPrincipal,
    trustCrossAccountNoExternalId,
];
/** Rule metadata without the check, for help texts and SARIF. */
function ruleMetadata() {
    return RULES.map(({ code, severity, title, help, docs }) => ({
        code,
        severity,
        title,
        help,
        docs,
    }));
}


/***/ })

};
