export const id = 516;
export const ids = [516];
export const modules = {

/***/ 3993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ loadConfigFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/mutate/config/config-diagnostics.ts

function schemaDiagnostics(errors, doc, file, at) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        const described = describeSchemaError(error);
        if (!described)
            continue;
        const position = locate(doc, described.path, described.onKey, at);
        const key = formatKeyPath(described.path);
        const id = `${key}\u0000${described.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push({
            file,
            position,
            key: key || undefined,
            message: described.message,
            severity: 'error',
        });
    }
    return out.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
        (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
function describeSchemaError(error) {
    const path = instancePath(error.instancePath);
    const name = path.length > 0 ? String(path[path.length - 1]) : 'config';
    // A failed oneOf also reports why each branch failed; its own summary says it better.
    if (error.schemaPath.includes('/oneOf/'))
        return undefined;
    switch (error.keyword) {
        case 'additionalProperties': {
            const extra = String(error.params.additionalProperty);
            return { path: [...path, extra], onKey: true, message: `unknown key '${extra}'` };
        }
        case 'required':
            return {
                path,
                onKey: false,
                message: `'${name}' is missing required key '${String(error.params.missingProperty)}'`,
            };
        case 'oneOf':
            if (path[path.length - 1] === 'workload') {
                return {
                    path,
                    onKey: false,
                    message: "workload needs exactly one of 'lambda' (with optional 'payload') or 'command'",
                };
            }
            return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
        case 'type': {
            // YAML reads `account: 000000000000` as the number 0; say how to keep the digits.
            const hint = name === 'account' ? ' (quote it: account: "000000000000")' : '';
            return {
                path,
                onKey: false,
                message: `'${name}' must be a ${String(error.params.type)}${hint}`,
            };
        }
        case 'const':
            return {
                path,
                onKey: false,
                message: `'${name}' must be ${JSON.stringify(error.params.allowedValue)}`,
            };
        case 'enum':
            return {
                path,
                onKey: false,
                message: `'${name}' must be one of: ${error.params.allowedValues.join(', ')}`,
            };
        case 'pattern':
            return { path, onKey: false, message: patternMessage(name) };
        default:
            return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
    }
}
function patternMessage(name) {
    switch (name) {
        case 'emulator':
            return "'emulator' must be embedded, localemu, or an http(s):// endpoint URL";
        case 'account':
            return "'account' must be a 12-digit AWS account id";
        case 'region':
            return "'region' must be a region name such as us-east-1";
        case 'timeout':
            return "'timeout' must be a duration such as 500ms, 30s or 2m";
        case 'policy-name':
            return "'policy-name' must be 1 to 128 letters, digits and +=,.@_- (IAM's rule for policy names)";
        default:
            return `'${name}' has an invalid format`;
    }
}
function instancePath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((seg) => (/^[0-9]+$/.test(seg) ? Number(seg) : seg));
}
function formatKeyPath(path) {
    return path
        .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
        .join('');
}
/** Finds the YAML node for a JSON path; falls back to the nearest ancestor that exists. */
function locate(doc, path, onKey, at) {
    for (let depth = path.length; depth >= 0; depth--) {
        const prefix = path.slice(0, depth);
        if (onKey && depth === path.length && depth > 0) {
            const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
            const keyOffset = findKeyOffset(parent, prefix[prefix.length - 1]);
            if (keyOffset !== undefined)
                return at(keyOffset);
            continue;
        }
        const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return at(node.range[0]);
    }
    return { line: 1, column: 1 };
}
function findKeyOffset(parent, key) {
    if (!parent || typeof parent !== 'object' || !('items' in parent))
        return undefined;
    for (const item of parent.items) {
        const pairKey = item.key;
        if ((0,dist/* isNode */.Ll)(pairKey) && pairKey.value === key && pairKey.range) {
            return pairKey.range[0];
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/mutate/config/config-validate.generated.ts
// Generated by `npm run schemas` (scripts/config-validator-code.ts) from config-schema.ts:
// Ajv's standalone validator, so that no schema is compiled at run time. Do not edit.
// @ts-nocheck
/* eslint-disable */
const codePointLength = (text) => [...text].length;
const validate = validate10;
/* harmony default export */ const config_validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/iam-mutate/schema/config.schema.json", "title": "iam-mutate configuration", "type": "object", "additionalProperties": false, "required": ["version", "targets"], "properties": { "version": { "const": 1, "description": "Version of this file format." }, "emulator": { "type": "string", "default": "embedded", "pattern": "^(embedded|localemu|https?://.+)$", "description": "embedded (in-process, no docker), localemu (boot the LocalEmu container with docker), or the http(s) endpoint of a running emulator." }, "enforcement": { "enum": ["strict", "soft"], "default": "strict", "description": "How the embedded emulator enforces IAM: strict denies as AWS would; soft logs denials and lets them through." }, "verify": { "enum": ["all", "survivors", "none"], "default": "all", "description": "Which mutants are re-run after the offline replay predicts them: all (default), only predicted survivors, or none (trust the replay; needs the embedded emulator's authorization log)." }, "account": { "type": "string", "pattern": "^[0-9]{12}$", "default": "000000000000", "description": "The emulator's account id (quote it in YAML so the digits stay a string)." }, "region": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$", "default": "us-east-1", "description": "The region workloads and setup are pointed at." }, "setup": { "type": "string", "minLength": 1, "description": "Script run once as admin against the emulator; may append KEY=VALUE lines to $IAM_MUTATE_OUTPUT." }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true, "description": "Names of host environment variables passed on to the setup script and command workloads, beyond the built-in allow-list (PATH, HOME, locale, TZ, TMPDIR, language toolchains' variables such as PYTHONPATH, VIRTUAL_ENV, NODE_PATH, JAVA_HOME, GOPATH). AWS_*, proxies, INPUT_*, ACTIONS_* and GITHUB_TOKEN are never passed." }, "substitute": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Text replacements applied to policy text before it is attached; values may use ${KEY} from setup outputs." }, "targets": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["policy", "role", "workload"], "properties": { "policy": { "type": "string", "minLength": 1, "description": "Path of the policy JSON file." }, "role": { "type": "string", "minLength": 1, "description": "Name of the role the policy is put on." }, "policy-name": { "type": "string", "pattern": "^[\\w+=,.@-]{1,128}$", "default": "iam-mutate-policy", "description": "Name of the inline policy (PutRolePolicy) that holds the policy under test." }, "workload": { "type": "object", "description": "What to run under the policy: invoke a Lambda function, or run a command.", "additionalProperties": false, "properties": { "lambda": { "type": "string", "minLength": 1, "description": "Name of the function to invoke." }, "payload": { "type": "string", "minLength": 1, "description": "Path of a JSON file sent as the invocation payload." }, "command": { "type": "string", "minLength": 1, "description": "Shell command run with the role's session credentials and the emulator endpoint." } }, "oneOf": [{ "required": ["lambda"], "not": { "required": ["command"] } }, { "required": ["command"], "not": { "anyOf": [{ "required": ["lambda"] }, { "required": ["payload"] }] } }] }, "timeout": { "type": "string", "pattern": "^[0-9]+(ms|s|m)$", "description": "A duration such as 500ms, 30s or 2m.", "default": "30s" }, "expect": { "description": "A JSON subset the workload response must contain for the run to count as passed." }, "probes": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Commands run with the role's credentials that the policy must deny. They prove Deny statements: a Deny is justified only if some probe succeeds without it." } } }, "description": "The policies under test, each with the role it is put on and its workload." }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "policy": { "type": "string", "minLength": 1, "description": "Policy file, as in targets[].policy." }, "sid": { "type": "string", "description": "Sid of the statement." }, "code": { "type": "string", "pattern": "^[A-Z][A-Z_]*$", "description": "Finding code, e.g. WILDCARD_RESOURCE (docs/lint-rules.md)." }, "reason": { "type": "string", "minLength": 1, "description": "Why the finding is acceptable." } }, "anyOf": [{ "required": ["policy"] }, { "required": ["sid"] }, { "required": ["code"] }], "description": "One accepted finding: at least one of policy, sid or code, and the reason." }, "description": "Lint findings accepted on purpose. A matching finding stays in the report, marked suppressed with the reason; it no longer fails --fail-on finding." } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = codePointLength;
const pattern0 = new RegExp("^(embedded|localemu|https?://.+)$", "u");
const pattern1 = new RegExp("^[0-9]{12}$", "u");
const pattern2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern4 = new RegExp("^[\\w+=,.@-]{1,128}$", "u");
const pattern5 = new RegExp("^[0-9]+(ms|s|m)$", "u");
const pattern6 = new RegExp("^[A-Z][A-Z_]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/org/iam-mutate/schema/config.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.targets === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property '" + "targets" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        if (1 !== data.version) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.emulator !== undefined) {
        let data1 = data.emulator;
        if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
                const err4 = { instancePath: instancePath + "/emulator", schemaPath: "#/properties/emulator/pattern", keyword: "pattern", params: { pattern: "^(embedded|localemu|https?://.+)$" }, message: "must match pattern \"" + "^(embedded|localemu|https?://.+)$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/emulator", schemaPath: "#/properties/emulator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.enforcement !== undefined) {
        let data2 = data.enforcement;
        if (!((data2 === "strict") || (data2 === "soft"))) {
            const err6 = { instancePath: instancePath + "/enforcement", schemaPath: "#/properties/enforcement/enum", keyword: "enum", params: { allowedValues: schema11.properties.enforcement.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.verify !== undefined) {
        let data3 = data.verify;
        if (!(((data3 === "all") || (data3 === "survivors")) || (data3 === "none"))) {
            const err7 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/enum", keyword: "enum", params: { allowedValues: schema11.properties.verify.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.account !== undefined) {
        let data4 = data.account;
        if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
                const err8 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: "must match pattern \"" + "^[0-9]{12}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.region !== undefined) {
        let data5 = data.region;
        if (typeof data5 === "string") {
            if (!pattern2.test(data5)) {
                const err10 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: "must match pattern \"" + "^[a-z]{2}(-[a-z]+)+-[0-9]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.setup !== undefined) {
        let data6 = data.setup;
        if (typeof data6 === "string") {
            if (func3(data6) < 1) {
                const err12 = { instancePath: instancePath + "/setup", schemaPath: "#/properties/setup/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/setup", schemaPath: "#/properties/setup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.env !== undefined) {
        let data7 = data.env;
        if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                if (typeof data8 === "string") {
                    if (!pattern3.test(data8)) {
                        const err14 = { instancePath: instancePath + "/env/" + i0, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                else {
                    const err15 = { instancePath: instancePath + "/env/" + i0, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            let i1 = data7.length;
            let j0;
            if (i1 > 1) {
                const indices0 = {};
                for (; i1--;) {
                    let item0 = data7[i1];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err16 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i1;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.substitute !== undefined) {
        let data9 = data.substitute;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key1 in data9) {
                if (typeof data9[key1] !== "string") {
                    const err18 = { instancePath: instancePath + "/substitute/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/substitute/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/substitute", schemaPath: "#/properties/substitute/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.targets !== undefined) {
        let data11 = data.targets;
        if (Array.isArray(data11)) {
            if (data11.length < 1) {
                const err20 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            const len1 = data11.length;
            for (let i2 = 0; i2 < len1; i2++) {
                let data12 = data11[i2];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.policy === undefined) {
                        const err21 = { instancePath: instancePath + "/targets/" + i2, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (data12.role === undefined) {
                        const err22 = { instancePath: instancePath + "/targets/" + i2, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property '" + "role" + "'" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    if (data12.workload === undefined) {
                        const err23 = { instancePath: instancePath + "/targets/" + i2, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property '" + "workload" + "'" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    for (const key2 in data12) {
                        if (!(((((((key2 === "policy") || (key2 === "role")) || (key2 === "policy-name")) || (key2 === "workload")) || (key2 === "timeout")) || (key2 === "expect")) || (key2 === "probes"))) {
                            const err24 = { instancePath: instancePath + "/targets/" + i2, schemaPath: "#/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    if (data12.policy !== undefined) {
                        let data13 = data12.policy;
                        if (typeof data13 === "string") {
                            if (func3(data13) < 1) {
                                const err25 = { instancePath: instancePath + "/targets/" + i2 + "/policy", schemaPath: "#/properties/targets/items/properties/policy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/targets/" + i2 + "/policy", schemaPath: "#/properties/targets/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    if (data12.role !== undefined) {
                        let data14 = data12.role;
                        if (typeof data14 === "string") {
                            if (func3(data14) < 1) {
                                const err27 = { instancePath: instancePath + "/targets/" + i2 + "/role", schemaPath: "#/properties/targets/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err28 = { instancePath: instancePath + "/targets/" + i2 + "/role", schemaPath: "#/properties/targets/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data12["policy-name"] !== undefined) {
                        let data15 = data12["policy-name"];
                        if (typeof data15 === "string") {
                            if (!pattern4.test(data15)) {
                                const err29 = { instancePath: instancePath + "/targets/" + i2 + "/policy-name", schemaPath: "#/properties/targets/items/properties/policy-name/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,128}$" }, message: "must match pattern \"" + "^[\\w+=,.@-]{1,128}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/targets/" + i2 + "/policy-name", schemaPath: "#/properties/targets/items/properties/policy-name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data12.workload !== undefined) {
                        let data16 = data12.workload;
                        const _errs35 = errors;
                        let valid8 = false;
                        let passing0 = null;
                        const _errs36 = errors;
                        const _errs37 = errors;
                        const _errs38 = errors;
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            let missing0;
                            if ((data16.command === undefined) && (missing0 = "command")) {
                                const err31 = {};
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        var valid9 = _errs38 === errors;
                        if (valid9) {
                            const err32 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs37;
                            if (vErrors !== null) {
                                if (_errs37) {
                                    vErrors.length = _errs37;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.lambda === undefined) {
                                const err33 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/oneOf/0/required", keyword: "required", params: { missingProperty: "lambda" }, message: "must have required property '" + "lambda" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        var _valid0 = _errs36 === errors;
                        if (_valid0) {
                            valid8 = true;
                            passing0 = 0;
                        }
                        const _errs39 = errors;
                        const _errs40 = errors;
                        const _errs41 = errors;
                        const _errs42 = errors;
                        let valid11 = false;
                        const _errs43 = errors;
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            let missing1;
                            if ((data16.lambda === undefined) && (missing1 = "lambda")) {
                                const err34 = {};
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs43 === errors;
                        valid11 = valid11 || _valid1;
                        if (!valid11) {
                            const _errs44 = errors;
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                let missing2;
                                if ((data16.payload === undefined) && (missing2 = "payload")) {
                                    const err35 = {};
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                            }
                            var _valid1 = _errs44 === errors;
                            valid11 = valid11 || _valid1;
                        }
                        if (!valid11) {
                            const err36 = {};
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs42;
                            if (vErrors !== null) {
                                if (_errs42) {
                                    vErrors.length = _errs42;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        var valid10 = _errs41 === errors;
                        if (valid10) {
                            const err37 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs40;
                            if (vErrors !== null) {
                                if (_errs40) {
                                    vErrors.length = _errs40;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.command === undefined) {
                                const err38 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/oneOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        var _valid0 = _errs39 === errors;
                        if (_valid0 && valid8) {
                            valid8 = false;
                            passing0 = [passing0, 1];
                        }
                        else {
                            if (_valid0) {
                                valid8 = true;
                                passing0 = 1;
                            }
                        }
                        if (!valid8) {
                            const err39 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs35;
                            if (vErrors !== null) {
                                if (_errs35) {
                                    vErrors.length = _errs35;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            for (const key3 in data16) {
                                if (!(((key3 === "lambda") || (key3 === "payload")) || (key3 === "command"))) {
                                    const err40 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.lambda !== undefined) {
                                let data17 = data16.lambda;
                                if (typeof data17 === "string") {
                                    if (func3(data17) < 1) {
                                        const err41 = { instancePath: instancePath + "/targets/" + i2 + "/workload/lambda", schemaPath: "#/properties/targets/items/properties/workload/properties/lambda/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/targets/" + i2 + "/workload/lambda", schemaPath: "#/properties/targets/items/properties/workload/properties/lambda/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.payload !== undefined) {
                                let data18 = data16.payload;
                                if (typeof data18 === "string") {
                                    if (func3(data18) < 1) {
                                        const err43 = { instancePath: instancePath + "/targets/" + i2 + "/workload/payload", schemaPath: "#/properties/targets/items/properties/workload/properties/payload/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err43];
                                        }
                                        else {
                                            vErrors.push(err43);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err44 = { instancePath: instancePath + "/targets/" + i2 + "/workload/payload", schemaPath: "#/properties/targets/items/properties/workload/properties/payload/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err44];
                                    }
                                    else {
                                        vErrors.push(err44);
                                    }
                                    errors++;
                                }
                            }
                            if (data16.command !== undefined) {
                                let data19 = data16.command;
                                if (typeof data19 === "string") {
                                    if (func3(data19) < 1) {
                                        const err45 = { instancePath: instancePath + "/targets/" + i2 + "/workload/command", schemaPath: "#/properties/targets/items/properties/workload/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err45];
                                        }
                                        else {
                                            vErrors.push(err45);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err46 = { instancePath: instancePath + "/targets/" + i2 + "/workload/command", schemaPath: "#/properties/targets/items/properties/workload/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err47 = { instancePath: instancePath + "/targets/" + i2 + "/workload", schemaPath: "#/properties/targets/items/properties/workload/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                    if (data12.timeout !== undefined) {
                        let data20 = data12.timeout;
                        if (typeof data20 === "string") {
                            if (!pattern5.test(data20)) {
                                const err48 = { instancePath: instancePath + "/targets/" + i2 + "/timeout", schemaPath: "#/properties/targets/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m)$" }, message: "must match pattern \"" + "^[0-9]+(ms|s|m)$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/targets/" + i2 + "/timeout", schemaPath: "#/properties/targets/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data12.probes !== undefined) {
                        let data21 = data12.probes;
                        if (Array.isArray(data21)) {
                            if (data21.length < 1) {
                                const err50 = { instancePath: instancePath + "/targets/" + i2 + "/probes", schemaPath: "#/properties/targets/items/properties/probes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            const len2 = data21.length;
                            for (let i3 = 0; i3 < len2; i3++) {
                                let data22 = data21[i3];
                                if (typeof data22 === "string") {
                                    if (func3(data22) < 1) {
                                        const err51 = { instancePath: instancePath + "/targets/" + i2 + "/probes/" + i3, schemaPath: "#/properties/targets/items/properties/probes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err51];
                                        }
                                        else {
                                            vErrors.push(err51);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err52 = { instancePath: instancePath + "/targets/" + i2 + "/probes/" + i3, schemaPath: "#/properties/targets/items/properties/probes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err53 = { instancePath: instancePath + "/targets/" + i2 + "/probes", schemaPath: "#/properties/targets/items/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err54 = { instancePath: instancePath + "/targets/" + i2, schemaPath: "#/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
            }
        }
        else {
            const err55 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err55];
            }
            else {
                vErrors.push(err55);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data23 = data.ignore;
        if (Array.isArray(data23)) {
            const len3 = data23.length;
            for (let i4 = 0; i4 < len3; i4++) {
                let data24 = data23[i4];
                const _errs62 = errors;
                let valid17 = false;
                const _errs63 = errors;
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    if (data24.policy === undefined) {
                        const err56 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/anyOf/0/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                var _valid2 = _errs63 === errors;
                valid17 = valid17 || _valid2;
                if (!valid17) {
                    const _errs64 = errors;
                    if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.sid === undefined) {
                            const err57 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/anyOf/1/required", keyword: "required", params: { missingProperty: "sid" }, message: "must have required property '" + "sid" + "'" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs64 === errors;
                    valid17 = valid17 || _valid2;
                    if (!valid17) {
                        const _errs65 = errors;
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            if (data24.code === undefined) {
                                const err58 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/anyOf/2/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property '" + "code" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        var _valid2 = _errs65 === errors;
                        valid17 = valid17 || _valid2;
                    }
                }
                if (!valid17) {
                    const err59 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                else {
                    errors = _errs62;
                    if (vErrors !== null) {
                        if (_errs62) {
                            vErrors.length = _errs62;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    if (data24.reason === undefined) {
                        const err60 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                    for (const key4 in data24) {
                        if (!((((key4 === "policy") || (key4 === "sid")) || (key4 === "code")) || (key4 === "reason"))) {
                            const err61 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                    if (data24.policy !== undefined) {
                        let data25 = data24.policy;
                        if (typeof data25 === "string") {
                            if (func3(data25) < 1) {
                                const err62 = { instancePath: instancePath + "/ignore/" + i4 + "/policy", schemaPath: "#/properties/ignore/items/properties/policy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err63 = { instancePath: instancePath + "/ignore/" + i4 + "/policy", schemaPath: "#/properties/ignore/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                    }
                    if (data24.sid !== undefined) {
                        if (typeof data24.sid !== "string") {
                            const err64 = { instancePath: instancePath + "/ignore/" + i4 + "/sid", schemaPath: "#/properties/ignore/items/properties/sid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                    if (data24.code !== undefined) {
                        let data27 = data24.code;
                        if (typeof data27 === "string") {
                            if (!pattern6.test(data27)) {
                                const err65 = { instancePath: instancePath + "/ignore/" + i4 + "/code", schemaPath: "#/properties/ignore/items/properties/code/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z_]*$" }, message: "must match pattern \"" + "^[A-Z][A-Z_]*$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err65];
                                }
                                else {
                                    vErrors.push(err65);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err66 = { instancePath: instancePath + "/ignore/" + i4 + "/code", schemaPath: "#/properties/ignore/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                    }
                    if (data24.reason !== undefined) {
                        let data28 = data24.reason;
                        if (typeof data28 === "string") {
                            if (func3(data28) < 1) {
                                const err67 = { instancePath: instancePath + "/ignore/" + i4 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err68 = { instancePath: instancePath + "/ignore/" + i4 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err69 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
        }
        else {
            const err70 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err70];
            }
            else {
                vErrors.push(err70);
            }
            errors++;
        }
    }
}
else {
    const err71 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err71];
    }
    else {
        vErrors.push(err71);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
;// CONCATENATED MODULE: ./src/mutate/config/to-config.ts

/** The schema-valid config with its defaults filled in and its paths resolved. */
function toConfig(raw, source) {
    const resolve = (p) => external_node_path_default().resolve(source.rootDir, p);
    return {
        file: external_node_path_default().resolve(source.rootDir, source.file),
        rootDir: external_node_path_default().resolve(source.rootDir),
        version: 1,
        emulator: toEmulatorChoice(raw.emulator ?? 'embedded'),
        enforcement: raw.enforcement ?? 'strict',
        verify: raw.verify ?? 'all',
        account: raw.account ?? '000000000000',
        region: raw.region ?? 'us-east-1',
        ...(raw.setup !== undefined && { setup: resolve(raw.setup) }),
        substitute: { ...raw.substitute },
        env: [...(raw.env ?? [])],
        ignore: (raw.ignore ?? []).map((e) => ({ ...e })),
        targets: raw.targets.map((t) => {
            const workload = t.workload.command !== undefined
                ? { kind: 'command', command: t.workload.command }
                : {
                    kind: 'lambda',
                    functionName: t.workload.lambda,
                    ...(t.workload.payload !== undefined && { payloadFile: resolve(t.workload.payload) }),
                };
            return {
                policy: t.policy,
                policyPath: resolve(t.policy),
                role: t.role,
                policyName: t['policy-name'] ?? 'iam-mutate-policy',
                workload,
                timeoutMs: parseDuration(t.timeout ?? '30s'),
                ...(t.expect !== undefined && { expect: t.expect }),
                ...(t.probes !== undefined && { probes: t.probes }),
            };
        }),
    };
}
function toEmulatorChoice(value) {
    if (value === 'embedded' || value === 'localemu')
        return { kind: value };
    return { kind: 'endpoint', url: value };
}
/** `500ms`, `30s`, `2m` -> milliseconds (the schema has already checked the shape). */
function parseDuration(text) {
    const match = /^([0-9]+)(ms|s|m)$/.exec(text);
    if (!match)
        throw new Error(`not a duration: ${text}`);
    const n = Number(match[1]);
    return match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000;
}

;// CONCATENATED MODULE: ./src/mutate/config/semantic-checks.ts



/** Lambda's own limits on a function's timeout: what a workload may be given. */
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 15 * 60_000;
/**
 * What the schema cannot say about a schema-valid config, located like schema errors:
 * timeouts out of bounds, `env:` names that are never passed on, and emulator endpoints that
 * are not on this machine (a run signs admin requests toward it; never toward AWS).
 */
function semanticDiagnostics(raw, doc, file, at) {
    const out = [];
    const report = (keyPath, message) => out.push({
        file,
        position: locate(doc, keyPath, false, at),
        key: formatKeyPath(keyPath),
        message,
        severity: 'error',
    });
    raw.targets.forEach((t, i) => {
        if (t.timeout === undefined)
            return;
        const ms = parseDuration(t.timeout);
        if (ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
            report(['targets', i, 'timeout'], `timeout ${t.timeout} is out of bounds: between 1s and 15m (Lambda's maximum)`);
        }
    });
    (raw.env ?? []).forEach((name, i) => {
        if ((0,workload_environment/* forbiddenWorkloadVariable */.tr)(name)) {
            report(['env', i], `${name} is never passed to workloads (AWS settings, proxies, CI tokens and action inputs stay with iam-mutate)`);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/mutate/config/load-config.ts








/**
 * The schema's validator, compiled when the schema changes (`npm run schemas`), not at every
 * start; test/schema.test.ts fails when it is stale.
 */
const validateSchema = validate;
/**
 * Parses and validates the config text. Pure: the caller reads the file. Throws InputError
 * with every problem found, each located at file:line:column of the offending key.
 */
function parseConfig(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const syntax = doc.errors.map((e) => ({
        file: source.file,
        position: at(e.pos[0]),
        message: `invalid YAML: ${firstLine(e.message)}`,
        severity: 'error',
    }));
    if (syntax.length > 0)
        throw new errors/* InputError */.dz(syntax);
    const data = toData(doc, source.file, at);
    if (data === null || data === undefined) {
        throw new errors/* InputError */.dz([
            { file: source.file, message: 'config file is empty', severity: 'error' },
        ]);
    }
    if (!validateSchema(data)) {
        throw new errors/* InputError */.dz(schemaDiagnostics(validateSchema.errors ?? [], doc, source.file, at));
    }
    const semantic = semanticDiagnostics(data, doc, source.file, at);
    if (semantic.length > 0)
        throw new errors/* InputError */.dz(semantic);
    const config = toConfig(data, source);
    Object.defineProperty(config, 'locate', {
        enumerable: false,
        value: (keyPath) => ({
            file: source.file,
            position: locate(doc, keyPath, false, at),
            key: formatKeyPath(keyPath),
        }),
    });
    if (source.fileExists) {
        const missing = missingFiles(data, source, source.fileExists);
        if (missing.length > 0) {
            throw new errors/* InputError */.dz(missing.map(({ path: keyPath, value }) => ({
                file: source.file,
                position: locate(doc, keyPath, false, at),
                key: formatKeyPath(keyPath),
                message: `file not found: ${value}`,
                severity: 'error',
            })));
        }
    }
    return config;
}
/** The config keys that name files, with their JSON paths. */
function missingFiles(raw, source, exists) {
    const named = [];
    if (raw.setup !== undefined)
        named.push({ path: ['setup'], value: raw.setup });
    raw.targets.forEach((t, i) => {
        named.push({ path: ['targets', i, 'policy'], value: t.policy });
        if (t.workload.payload !== undefined) {
            named.push({ path: ['targets', i, 'workload', 'payload'], value: t.workload.payload });
        }
    });
    return named.filter(({ value }) => !exists(external_node_path_default().resolve(source.rootDir, value)));
}
/** Aliases a config may expand: far more than any real one uses, far fewer than a bomb. */
const MAX_ALIAS_COUNT = 100;
/** The document's value; an alias bomb is bad input at its first alias, not a hang or a crash. */
function toData(doc, file, at) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        let first;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, node) {
                first = node.range?.[0];
                return dist/* visit */.YR.BREAK;
            },
        });
        throw new errors/* InputError */.dz([
            {
                file,
                ...(first !== undefined && { position: at(first) }),
                message: `invalid YAML: ${firstLine(error.message)} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`,
                severity: 'error',
            },
        ]);
    }
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./src/app/load-config-file.ts




/**
 * Reads and validates the config file as the user named it, relative to `cwd` (the CLI's
 * working directory, the action's GITHUB_WORKSPACE), which is also the root that policy
 * paths in the config are relative to.
 */
function loadConfigFile(configPath, cwd) {
    const absolute = external_node_path_default().resolve(cwd, configPath);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'unreadable';
        throw new errors/* InputError */.dz([
            { file: configPath, message: `config file ${reason}`, severity: 'error' },
        ]);
    }
    return parseConfig(text, { file: configPath, rootDir: cwd, fileExists: external_node_fs_.existsSync });
}


/***/ }),

/***/ 868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ lookUpSetupPython),
/* harmony export */   ok: () => (/* binding */ applySetupPython)
/* harmony export */ });
/* unused harmony export resolveSetupPython */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _workload_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1417);




/** The only shebang resolved here: the one every other form (absolute paths, flags) keeps. */
const PYTHON3_SHEBANG = /^#![ \t]*\/usr\/bin\/env[ \t]+python3[ \t]*$/;
// Prints where the interpreter is and the environment it was given, or null when any value is
// not UTF-8 (JSON could not carry it back exactly; the script then runs the usual way).
const PROBE = [
    'import json, os, sys',
    'try:',
    '    env = {k.decode("utf-8"): v.decode("utf-8") for k, v in os.environb.items()}',
    'except UnicodeDecodeError:',
    '    env = None',
    'print(json.dumps({"executable": sys.executable, "environ": env}))',
].join('\n');
/**
 * Resolves `python3` for `script` when its first line is exactly `#!/usr/bin/env python3` and
 * it is executable (otherwise it is not run through that line at all); undefined when it is not,
 * or when the lookup fails in any way: setup then runs as it always does and says itself what
 * is wrong.
 */
async function resolveSetupPython(script, cwd, 
/** Setup's host variables (the allow-list and `env:`), before the emulator's are added. */
env) {
    if (!(await startsWithPython3Shebang(script)))
        return undefined;
    const seen = await probe(cwd, env);
    if (seen === undefined)
        return undefined;
    const set = {};
    for (const [key, value] of Object.entries(seen.environ)) {
        // Never a way around the allow-list: a shim cannot hand setup AWS settings or tokens.
        if (env[key] !== value && !(0,_workload_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .forbiddenWorkloadVariable */ .tr)(key))
            set[key] = value;
    }
    const removed = Object.keys(env).filter((key) => !(key in seen.environ));
    return { executable: seen.executable, set, removed };
}
/**
 * The lookup a run needs, started at once: with a Lambda workload on the embedded emulator and
 * a Python setup script, `python3` is looked up once for both; undefined otherwise. Started by
 * whoever has the config first (run-and-report.ts, before it loads the rest of the run; else
 * run-plan.ts): behind a version manager's shim the lookup costs ~0.3 s, and setup waits for it.
 */
function lookUpSetupPython(config, hostEnv, 
/** A running emulator the run was pointed at (`--endpoint`): nothing is looked up then. */
endpoint) {
    const lambda = config.targets.some((t) => t.workload.kind === 'lambda');
    if (!config.setup || !lambda || endpoint !== undefined)
        return undefined;
    if (config.emulator.kind !== 'embedded')
        return undefined;
    const lookUp = resolveSetupPython(config.setup, config.rootDir, (0,_workload_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .allowedHostEnvironment */ .kk)(hostEnv, config.env));
    // Awaited by setup and the emulator's lookup; never an unhandled rejection in between.
    lookUp.catch(() => undefined);
    return lookUp;
}
/** Setup's environment as the shim would have left it for the interpreter. */
function applySetupPython(env, python) {
    const result = { ...env, ...python.set };
    for (const key of python.removed)
        delete result[key];
    return result;
}
async function startsWithPython3Shebang(script) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(script, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(script, 'r');
        try {
            const head = Buffer.alloc(128);
            const { bytesRead } = await file.read(head, 0, head.length, 0);
            const firstLine = head.subarray(0, bytesRead).toString('utf8').split('\n', 1)[0] ?? '';
            return PYTHON3_SHEBANG.test(firstLine);
        }
        finally {
            await file.close();
        }
    }
    catch {
        return false;
    }
}
function probe(cwd, env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('python3', 
        // Isolated and without site: neither changes where the interpreter is nor what it was
        // handed, and the answer comes sooner.
        ['-I', '-S', '-c', PROBE], { cwd, env, timeout: 15_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout) => {
            if (error)
                return resolve(undefined);
            try {
                const seen = JSON.parse(stdout);
                if (typeof seen.executable !== 'string' || seen.executable === '')
                    return resolve(undefined);
                if (seen.environ === null || typeof seen.environ !== 'object')
                    return resolve(undefined);
                resolve({ executable: seen.executable, environ: seen.environ });
            }
            catch {
                resolve(undefined);
            }
        });
    });
}


/***/ }),

/***/ 1417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ workloadEnvironment),
/* harmony export */   kk: () => (/* binding */ allowedHostEnvironment),
/* harmony export */   tr: () => (/* binding */ forbiddenWorkloadVariable)
/* harmony export */ });
/** Host variables a workload needs to run at all: shell, locale, temp dir, toolchains. */
const ALLOWED = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TERM',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    // Language toolchains: where interpreters and their libraries are.
    'PYTHONPATH',
    'PYTHONHOME',
    'PYTHONUSERBASE',
    'VIRTUAL_ENV',
    'CONDA_PREFIX',
    'NODE_PATH',
    'JAVA_HOME',
    'GOPATH',
    'GOROOT',
    'GOCACHE',
    'GOMODCACHE',
    'GOFLAGS',
    'CARGO_HOME',
    'RUSTUP_HOME',
    'GEM_HOME',
    'GEM_PATH',
    'BUNDLE_PATH',
    'DOTNET_ROOT',
    'NVM_DIR',
    'PYENV_ROOT',
    'RBENV_ROOT',
    // Windows system paths.
    'SYSTEMROOT',
    'SystemRoot',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
]);
/**
 * Never passed, even when the config's `env:` names them: tokens of the CI runner, action
 * inputs, and anything that would make an SDK reach real AWS or route traffic via a proxy.
 */
const NEVER = /^(AWS_|AMAZON_|BOTO_|BOTOCORE_|INPUT_|ACTIONS_|HTTPS?_PROXY$|ALL_PROXY$|NO_PROXY$)|^(https?_proxy|all_proxy|no_proxy|GITHUB_TOKEN|GH_TOKEN)$/i;
/** Whether a host variable named in the config's `env:` may be passed on at all. */
function forbiddenWorkloadVariable(name) {
    return NEVER.test(name);
}
/** The host variables a workload gets: the allow-list, LC_*, and the config's `env:` names. */
function allowedHostEnvironment(hostEnv, extraNames = []) {
    const extra = new Set(extraNames);
    const env = {};
    for (const [key, value] of Object.entries(hostEnv)) {
        if (value === undefined || NEVER.test(key))
            continue;
        if (ALLOWED.has(key) || key.startsWith('LC_') || extra.has(key))
            env[key] = value;
    }
    return env;
}
function workloadEnvironment(hostEnv, endpointUrl, region, credentials, extra = {}, emptyConfigFile, 
/** Further host variables to pass (the config's `env:`). */
extraNames = []) {
    const noProxy = noProxyFor(endpointUrl);
    return {
        ...allowedHostEnvironment(hostEnv, extraNames),
        ...extra,
        // The proxies were dropped above; NO_PROXY also covers tools that read proxy settings
        // from elsewhere (git config, .npmrc) or a proxy a toolchain variable points at.
        NO_PROXY: noProxy,
        no_proxy: noProxy,
        AWS_ENDPOINT_URL: endpointUrl,
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        ...(credentials.sessionToken !== undefined && { AWS_SESSION_TOKEN: credentials.sessionToken }),
        // Never read ~/.aws: an empty file for both, so no profile can leak in.
        AWS_CONFIG_FILE: emptyConfigFile,
        AWS_SHARED_CREDENTIALS_FILE: emptyConfigFile,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: '',
    };
}
/** The emulator's host, loopback names, and nothing else. */
function noProxyFor(endpointUrl) {
    let host = '';
    try {
        host = new URL(endpointUrl).hostname.replace(/^\[|\]$/g, '');
    }
    catch {
        // Not a URL: loopback still bypasses any proxy.
    }
    return [...new Set([host, 'localhost', '127.0.0.1', '::1'].filter((h) => h !== ''))].join(',');
}


/***/ })

};
