export const id = 976;
export const ids = [976];
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

/***/ 5624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gn: () => (/* binding */ readRememberedTimings),
  h0: () => (/* binding */ rememberTimings),
  io: () => (/* binding */ runPlanTimed)
});

// UNUSED EXPORTS: TIMINGS_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/emulator/internal-client.ts
var internal_client = __webpack_require__(4148);
;// CONCATENATED MODULE: ./src/mutate/backends/authz-log-client.ts

const PAGE = 5_000;
/**
 * The authorization log of an endpoint, when it keeps one: probed once (the emulator's health
 * answer carries the log's cursor), so the run carries the capability as a typed reader
 * rather than discovering its absence call by call.
 */
async function connectAuthorizationLog(endpoint, accountId, 
/** Admin credentials for the internal endpoints (they refuse anyone else). */
auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    const health = await readHealth(endpoint, auth);
    return health === undefined ? undefined : authorizationLogClient(endpoint, accountId, auth);
}
/** `/_iam-mutate/health`: the log's cursor; undefined when the endpoint is not one that logs. */
async function readHealth(endpoint, auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    try {
        const response = await (0,internal_client/* internalGet */.E5)(endpoint, '/_iam-mutate/health', auth);
        if (response.status !== 200)
            return undefined;
        const body = JSON.parse(response.body);
        return typeof body.cursor === 'number' ? { cursor: body.cursor } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Reads the embedded emulator's authorization log over HTTP (`/_iam-mutate/authz-log`),
 * keeping only the decisions made for sessions of one role, and of their matched statements
 * only those of the policy under test (the inline policy `policyName` on that role).
 */
function authorizationLogClient(endpoint, accountId, auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    const base = endpoint.replace(/\/$/, '');
    return {
        async mark() {
            const health = await readHealth(base, auth);
            if (health === undefined)
                throw new Error(`${base}/_iam-mutate/health gave no log cursor`);
            return String(health.cursor);
        },
        async readSince(cursor, role, policyName) {
            const sessionPrefix = `arn:aws:sts::${accountId}:assumed-role/${role}/`;
            const inlineSuffix = `role/${role}/inline/${policyName}`;
            const calls = [];
            let after = Number(cursor);
            for (;;) {
                const page = (await getJson(base, `/_iam-mutate/authz-log?after=${after}&limit=${PAGE}`, auth));
                for (const r of page.records) {
                    if (!r.principal.arn.startsWith(sessionPrefix) || r.bypass !== undefined)
                        continue;
                    const ours = r.matched.filter((m) => m.policyKind === 'identity' && m.policyId.endsWith(inlineSuffix));
                    calls.push({
                        action: r.action,
                        resource: r.resource,
                        decision: r.decision,
                        principalArn: r.principal.arn,
                        context: r.context,
                        // Only other identity policies are known to grant on their own: a resource policy
                        // statement may merely delegate to IAM (a KMS key policy naming the account), and
                        // boundary and session statements only limit. Counting less here can only make a
                        // prediction more pessimistic, which the re-run then corrects and reports.
                        grantedElsewhere: r.decision === 'allow'
                            ? r.matched.filter((m) => m.policyKind === 'identity').length - ours.length
                            : 0,
                        matched: ours.map((m) => ({
                            policyId: m.policyId,
                            index: m.index,
                            ...(m.sid !== undefined && { sid: m.sid }),
                        })),
                    });
                }
                if (page.records.length < PAGE)
                    return calls;
                after = page.cursor;
            }
        },
    };
}
async function getJson(base, path, auth) {
    const response = await (0,internal_client/* internalGet */.E5)(base, path, auth);
    if (response.status !== 200) {
        throw new Error(`GET ${base}${path} answered ${response.status}: ${response.body.slice(0, 200)}`);
    }
    return JSON.parse(response.body);
}

// EXTERNAL MODULE: ./src/mutate/load-policy.ts
var load_policy = __webpack_require__(5323);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/mutate/loopback-endpoint.ts


/**
 * A run signs admin requests (PutRolePolicy, AssumeRole) toward its emulator endpoint, so the
 * endpoint must be on this machine: `emulator: https://sts.amazonaws.com` must never reach AWS,
 * even with no credentials to send. A remote emulator (a container on another host) needs the
 * explicit `--allow-remote-emulator`, and AWS's own domains are refused even then.
 */
function checkEmulatorEndpoint(config, endpointFlag, allowRemote) {
    if (endpointFlag !== undefined) {
        const problem = endpointProblem(endpointFlag, allowRemote);
        if (problem)
            throw new errors/* InputError */.dz(`run: --endpoint ${endpointFlag}: ${problem}`);
        return;
    }
    if (config.emulator.kind !== 'endpoint')
        return;
    const problem = endpointProblem(config.emulator.url, allowRemote);
    if (!problem)
        return;
    const where = config.locate?.(['emulator']);
    throw new errors/* InputError */.dz([
        {
            file: where?.file ?? config.file,
            ...(where?.position && { position: where.position }),
            key: 'emulator',
            message: `emulator ${config.emulator.url}: ${problem}`,
            severity: 'error',
        },
    ]);
}
function endpointProblem(url, allowRemote) {
    let host;
    try {
        host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    }
    catch {
        return 'not a URL';
    }
    if (/(^|\.)(amazonaws\.com|amazonaws\.com\.cn|aws\.amazon\.com|api\.aws)\.?$/.test(host)) {
        return 'is AWS itself; iam-mutate only talks to an emulator';
    }
    if (isLoopback(host) || allowRemote)
        return undefined;
    return 'is not a loopback address (localhost, 127.0.0.1, ::1); pass --allow-remote-emulator to use an emulator on another host';
}
function isLoopback(host) {
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || /^::ffff:127\./.test(host);
    return false;
}

;// CONCATENATED MODULE: ./src/mutate/reach-emulator.ts

/** The endpoint the run talks to: the config's URL, LocalEmu booted here, or an embedded emulator. */
async function reachEmulator(config, 
/** The embedded emulator's only admin keys (the well-known ones are not accepted). */
admin, started, launchLocalEmu, 
/** The host environment Lambda workers draw their allow-listed variables from. */
hostEnv, 
/**
 * The interpreter setup's `#!/usr/bin/env python3` resolved to (run-plan.ts): Lambda's Python
 * is then that one, asked about itself directly instead of through `python3` (and a shim) again.
 */
setupPython) {
    switch (config.emulator.kind) {
        case 'endpoint':
            return { endpoint: config.emulator.url, ready: Promise.resolve() };
        case 'localemu': {
            if (!launchLocalEmu) {
                throw new errors/* RunError */.e4('emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded');
            }
            const emu = await launchLocalEmu();
            started(emu);
            return { endpoint: emu.endpoint, ready: Promise.resolve() };
        }
        case 'embedded': {
            // Bound first, loaded after: setup can start against the address while the emulator
            // (a large module) loads. A run against an endpoint never parses the emulator.
            const { listenFirst } = await __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 6851));
            const listening = await listenFirst(0, '127.0.0.1');
            // With a Lambda workload, Python is looked up now rather than once the emulator has
            // loaded: behind a version manager's shim (pyenv's) the lookup takes ~0.4 s, and the
            // function's standby worker waits for it.
            const pythonLookUp = config.targets.some((t) => t.workload.kind === 'lambda')
                ? __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 2421)).then(async ({ probeInterpreter }) => probeInterpreter('python', (await setupPython) ?? 'python3', hostEnv ?? {}))
                : undefined;
            const emulator = Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(70), __webpack_require__.e(244)]).then(__webpack_require__.bind(__webpack_require__, 244)).then(({ startEmulator }) => startEmulator({
                listening,
                enforcement: config.enforcement,
                account: config.account,
                region: config.region,
                adminCredentials: [
                    { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
                ],
                ...(hostEnv && { lambdaHostEnvironment: hostEnv }),
                // While setup runs, so that its CreateFunction does not wait for the interpreter probe.
                ...(pythonLookUp && { lookUpLambdaRuntimes: ['python'], pythonLookUp }),
            }));
            const ready = emulator.then(() => undefined, async (error) => {
                const reason = error instanceof Error ? error.message : String(error);
                await listening.abandon(reason);
                throw new errors/* RunError */.e4(`the embedded emulator could not start: ${reason}`);
            });
            // Observed by whoever awaits it; never an unhandled rejection in between.
            ready.catch(() => undefined);
            started({
                async stop() {
                    const running = await emulator.catch(() => undefined);
                    await (running ? running.stop() : listening.close());
                },
            });
            return {
                endpoint: listening.url,
                ready,
                ...(pythonLookUp && {
                    pythonLookedUp: Promise.all([pythonLookUp, ready]).then(() => undefined, () => undefined),
                }),
            };
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/mutate/run-cache.ts





/** `ownOutputs`: directories iam-mutate itself writes (the report dir), left out of the state. */
function openRunCache(config, ownOutputs = []) {
    const state = repositoryState(config, ownOutputs);
    if (state === undefined)
        return undefined;
    const dir = external_node_path_default().join(config.rootDir, '.iam-mutate-cache');
    const keyOf = (target, policyText) => (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({
        tool: version/* VERSION */.x,
        state,
        policyText,
        target: { ...target, policyPath: undefined },
        emulator: config.emulator,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
        substitute: config.substitute,
    }))
        .digest('hex');
    return {
        get(target, policyText) {
            try {
                const entry = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, `${keyOf(target, policyText)}.json`), 'utf8'));
                return entry.report;
            }
            catch {
                return undefined;
            }
        },
        put(target, policyText, report) {
            // Only complete, decided results are worth reusing; a broken run is always retried.
            if (report.baseline.status !== 'passed' && report.baseline.status !== 'failed')
                return;
            if (report.statements.some((s) => s.justified === null))
                return;
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            const file = external_node_path_default().join(dir, `${keyOf(target, policyText)}.json`);
            (0,external_node_fs_.writeFileSync)(`${file}.partial`, JSON.stringify({ savedAt: new Date().toISOString(), report }));
            (0,external_node_fs_.renameSync)(`${file}.partial`, file);
        },
    };
}
/** Blob hashes of every tracked file plus the uncommitted diff, minus the policies under test. */
function repositoryState(config, ownOutputs) {
    const git = (...args) => (0,external_node_child_process_.execFileSync)('git', args, {
        cwd: config.rootDir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
        const policies = config.targets.map((t) => `:(exclude)${external_node_path_default().relative(config.rootDir, t.policyPath)}`);
        const tracked = git('ls-files', '-s', '--', '.', ...policies, ':(exclude).iam-mutate-cache');
        const changes = git('diff', 'HEAD', '--', '.', ...policies);
        const outputs = ownOutputs
            .map((dir) => external_node_path_default().relative(config.rootDir, dir))
            .filter((rel) => rel !== '' && !rel.startsWith('..'))
            .map((rel) => `:(exclude)${rel}`);
        const untracked = git('ls-files', '--others', '--exclude-standard', '--', '.', ':(exclude).iam-mutate-cache', ...outputs);
        const untrackedContent = untracked
            .split('\n')
            .filter(Boolean)
            .map((f) => `${f}\0${hashFile(external_node_path_default().join(config.rootDir, f))}`)
            .join('\n');
        return (0,external_node_crypto_.createHash)('sha256')
            .update(tracked)
            .update(changes)
            .update(untrackedContent)
            .digest('hex');
    }
    catch {
        return undefined;
    }
}
function hashFile(file) {
    try {
        return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
    }
    catch {
        return 'unreadable';
    }
}

// EXTERNAL MODULE: ./src/mutate/backends/command-workload.ts
var command_workload = __webpack_require__(6397);
// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
;// CONCATENATED MODULE: ./src/mutate/setup-interpreter.ts




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
        if (env[key] !== value && !(0,workload_environment/* forbiddenWorkloadVariable */.tr)(key))
            set[key] = value;
    }
    const removed = Object.keys(env).filter((key) => !(key in seen.environ));
    return { executable: seen.executable, set, removed };
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
        await (0,promises_.access)(script, external_node_fs_.constants.X_OK);
        const file = await (0,promises_.open)(script, 'r');
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
        (0,external_node_child_process_.execFile)('python3', 
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

;// CONCATENATED MODULE: ./src/mutate/setup-outputs.ts

/**
 * Reads the KEY=VALUE lines a setup script appended to $IAM_MUTATE_OUTPUT. Blank lines and
 * `#` comments are skipped; anything else that is not KEY=VALUE is an error naming its line,
 * because a silently dropped output would later attach a policy with `${KEY}` left in it.
 */
function parseSetupOutputs(text, file) {
    const outputs = {};
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match) {
            throw new errors/* InputError */.dz([
                {
                    file,
                    position: { line: i + 1, column: 1 },
                    message: `setup output is not KEY=VALUE: ${JSON.stringify(line.slice(0, 80))}`,
                    severity: 'error',
                },
            ]);
        }
        outputs[match[1]] = match[2];
    });
    return outputs;
}

;// CONCATENATED MODULE: ./src/mutate/run-setup.ts








/**
 * Runs the config's setup script once, as admin against the emulator, and returns the
 * KEY=VALUE outputs it appended to $IAM_MUTATE_OUTPUT. A failing setup stops the run.
 */
async function runSetup(setup) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'iam-mutate-setup-'));
    const outputFile = external_node_path_default().join(dir, 'outputs.env');
    try {
        await (0,promises_.writeFile)(outputFile, '');
        const env = (0,workload_environment/* workloadEnvironment */.Dx)(setup.hostEnv, setup.endpoint, setup.region, setup.admin, { IAM_MUTATE_OUTPUT: outputFile }, setup.emptyConfigFile, setup.envNames);
        const python = await setup.python;
        const result = await (0,command_workload/* runCommandWorkload */.M)(python
            ? 'exec "$1" "$0"'
            : // A script without the executable bit is run with bash rather than failing on a mode bit.
                'if [ -x "$0" ]; then exec "$0"; else exec bash "$0"; fi', {
            cwd: setup.rootDir,
            timeoutMs: setup.timeoutMs,
            env: python ? applySetupPython(env, python) : env,
            args: python ? [setup.script, python.executable] : [setup.script],
            ...(setup.signal && { signal: setup.signal }),
            ...(setup.onStarted && { onSpawned: setup.onStarted }),
        });
        const name = external_node_path_default().relative(setup.rootDir, setup.script) || setup.script;
        if (result.kind === 'timeout') {
            throw new errors/* RunError */.e4(`setup ${name} did not finish within ${setup.timeoutMs} ms`);
        }
        if (result.kind === 'exited' && result.exitCode !== 0) {
            const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
            throw new errors/* RunError */.e4(`setup ${name} failed with exit code ${result.exitCode}:\n${tail}`);
        }
        return parseSetupOutputs(await (0,promises_.readFile)(outputFile, 'utf8'), `${name} ($IAM_MUTATE_OUTPUT)`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/mutate/select-targets.ts


/** The targets `--only` names (as written in the config, or paths); empty: all of them. */
function selectTargets(config, only) {
    if (only.length === 0)
        return config.targets;
    const wanted = new Set(only.map((p) => external_node_path_default().resolve(config.rootDir, p)));
    const targets = config.targets.filter((t) => wanted.has(t.policyPath));
    const unknown = only.filter((p) => !config.targets.some((t) => t.policyPath === external_node_path_default().resolve(config.rootDir, p)));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`--only names no target of ${external_node_path_default().relative(config.rootDir, config.file)}: ${unknown.join(', ')}`);
    }
    return targets;
}

// EXTERNAL MODULE: ./src/mutate/substitute.ts
var substitute = __webpack_require__(844);
;// CONCATENATED MODULE: ./src/mutate/run-plan.ts
















/** An external emulator's well-known admin keys (docs/emulator.md): never real credentials. */
const WELL_KNOWN = { accessKeyId: 'test', secretAccessKey: 'test' };
const SETUP_TIMEOUT_MS = 10 * 60_000;
/**
 * The whole run: start (or reach) the emulator, run setup once, then the baseline-plus-mutant
 * loop for each target. Policies are parsed and validated before anything starts, so bad
 * input fails fast with file:line:column and nothing half-done.
 */
async function runPlan(options) {
    const { config } = options;
    checkEmulatorEndpoint(config, options.endpoint, options.allowRemoteEmulator === true);
    const targets = selectTargets(config, options.only);
    const policies = await Promise.all(targets.map((t) => (0,load_policy/* loadPolicy */.t)(t.policyPath, t.policy)));
    const cache = options.cache === false
        ? undefined
        : openRunCache(config, options.reportDir === undefined ? [] : [options.reportDir]);
    const cached = targets.map((t, i) => cache?.get(t, policies[i].text));
    if (cached.every((r) => r !== undefined)) {
        // Nothing changed: no emulator, no setup, no workload run.
        return report(cached.map((r) => markCached(r)));
    }
    (0,errors/* throwIfInterrupted */.sK)(options.signal);
    const { signal, leftovers } = options;
    const setupPython = lookUpSetupPython(options);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'iam-mutate-'));
    const scratchLeftover = `scratch directory ${scratch}`;
    leftovers?.add(scratchLeftover);
    const emptyConfigFile = external_node_path_default().join(scratch, 'empty-aws-config');
    await (0,promises_.writeFile)(emptyConfigFile, '');
    let emulator;
    let interrupted;
    try {
        // The embedded emulator gets admin keys made for this run: known to the orchestrator and
        // setup only, so a workload cannot sign as admin (which bypasses IAM) with test/test.
        const runAdmin = randomAdminCredentials();
        let embedded = false;
        const { endpoint, ready, pythonLookedUp } = options.endpoint !== undefined
            ? { endpoint: options.endpoint, ready: Promise.resolve() }
            : await reachEmulator(config, runAdmin, (e) => {
                emulator = e;
                embedded = config.emulator.kind === 'embedded';
            }, options.launchLocalEmu, options.hostEnv, setupPython?.then((python) => python?.executable));
        (0,errors/* throwIfInterrupted */.sK)(signal);
        const ADMIN = embedded ? runAdmin : WELL_KNOWN;
        let background;
        const startBackground = () => {
            if (background !== undefined)
                return background;
            const engine = Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(435), __webpack_require__.e(152), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 6365));
            background = {
                engine,
                log: options.useAuthorizationLog === false
                    ? Promise.resolve(undefined)
                    : ready.then(() => connectAuthorizationLog(endpoint, config.account, ADMIN)),
                findings: engine.then(async ({ statementFindings, ignoreEntriesFor }) => {
                    const findings = [];
                    for (const [index, target] of targets.entries()) {
                        // One policy per turn of the event loop: setup's requests are served in between.
                        await new Promise((resolve) => setImmediate(resolve));
                        findings.push(options.lintPolicy !== undefined || cached[index] !== undefined
                            ? undefined
                            : statementFindings(policies[index].parsed, ignoreEntriesFor(config.ignore, target.policy)));
                    }
                    return findings;
                }),
            };
            // Awaited after setup; a setup failure must not leave them rejected unobserved.
            for (const work of [background.engine, background.log, background.findings]) {
                work.catch(() => undefined);
            }
            options.whileSetupRuns?.();
            return background;
        };
        let outputs = {};
        if (config.setup) {
            options.reporter?.onSetupStarted?.(external_node_path_default().relative(config.rootDir, config.setup));
            // Started against the address while the emulator may still be loading: its first
            // requests wait for it (reach-emulator.ts).
            outputs = await runSetup({
                // After the emulator: setup's first requests need it before anything else. And after
                // the Python lookup, when there is one: loading the engine holds node's thread for
                // ~0.2 s, which would hold back the lookup's answer and so the standby worker's start,
                // and the function's first invoke waits for that worker.
                onStarted: () => void Promise.all([ready, pythonLookedUp]).then(startBackground, () => undefined),
                script: config.setup,
                rootDir: config.rootDir,
                endpoint,
                region: config.region,
                admin: ADMIN,
                hostEnv: options.hostEnv,
                envNames: config.env,
                emptyConfigFile,
                timeoutMs: SETUP_TIMEOUT_MS,
                ...(signal && { signal }),
                ...(setupPython && { python: setupPython }),
            }).catch(async (error) => {
                const stopped = (0,errors/* interruptionOf */.nS)(error, signal);
                stopped?.during.unshift('setup');
                // A setup that failed because the emulator never came up: say that instead.
                if (!stopped)
                    await ready;
                throw stopped ?? error;
            });
        }
        await ready;
        const work = startBackground();
        const { awsSdkBackend, preparePolicy, runTarget, RoleNotFoundError } = await work.engine;
        const authorizationLog = await work.log;
        const findings = await work.findings;
        const backend = awsSdkBackend({
            endpoint,
            region: config.region,
            accountId: config.account,
            admin: ADMIN,
            hostEnv: options.hostEnv,
            envNames: config.env,
            rootDir: config.rootDir,
            emptyConfigFile,
            ...(authorizationLog && { authorizationLog }),
            ...(signal && { signal }),
        });
        const substitution = (0,substitute/* substitutionFor */.rs)(config.substitute, outputs, config.file, config.locate);
        const reports = [];
        const killsByWorkload = new Map();
        for (const [index, target] of targets.entries()) {
            const loaded = policies[index];
            const hit = cached[index];
            if (hit !== undefined) {
                reports.push(markCached(hit));
                continue;
            }
            const prepared = preparePolicy({
                fileText: loaded.text,
                parsed: loaded.parsed,
                substitution,
                lintPolicy: options.lintPolicy ?? (() => findings[index] ?? []),
            });
            const result = await runTarget({
                target,
                prepared,
                backend,
                verify: options.verify,
                ...(options.reporter && { reporter: options.reporter }),
                index,
                total: targets.length,
                ...(leftovers && { leftovers }),
                killsByWorkload,
            }).catch((error) => {
                throw located(error, config, config.targets.indexOf(target), RoleNotFoundError);
            });
            reports.push(result);
            cache?.put(target, loaded.text, result);
        }
        (0,errors/* throwIfInterrupted */.sK)(signal);
        return report(reports);
    }
    catch (error) {
        interrupted = (0,errors/* interruptionOf */.nS)(error, signal);
        throw interrupted ?? error;
    }
    finally {
        await emulator?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        leftovers?.delete(scratchLeftover);
        if (emulator)
            interrupted?.undone.push('stopped the emulator this run started');
        interrupted?.undone.push(`removed the ${scratchLeftover}`);
    }
}
/**
 * With a Lambda workload on the embedded emulator and a Python setup script, `python3` is looked
 * up once for both (setup-interpreter.ts), starting now: behind a version manager's shim each
 * lookup costs ~0.3 s of CPU, and setup would otherwise go through the shim a second time.
 */
function lookUpSetupPython(options) {
    const { config } = options;
    const lambda = config.targets.some((t) => t.workload.kind === 'lambda');
    if (!config.setup || !lambda || options.endpoint !== undefined)
        return undefined;
    if (config.emulator.kind !== 'embedded')
        return undefined;
    const lookUp = resolveSetupPython(config.setup, config.rootDir, (0,workload_environment/* allowedHostEnvironment */.kk)(options.hostEnv, config.env));
    // Awaited by setup and the emulator's lookup; never an unhandled rejection in between.
    lookUp.catch(() => undefined);
    return lookUp;
}
/** A missing role, pointed at the target's `role:` line when the config came from a file. */
function located(error, config, targetIndex, RoleNotFoundError) {
    if (!(error instanceof RoleNotFoundError) || config.locate === undefined || targetIndex < 0) {
        return error;
    }
    const where = config.locate(['targets', targetIndex, 'role']);
    return new errors/* InputError */.dz([
        {
            file: where.file,
            ...(where.position && { position: where.position }),
            key: where.key,
            message: RoleNotFoundError.message(error.role),
            severity: 'error',
        },
    ]);
}
function randomAdminCredentials() {
    return {
        accessKeyId: `AKIM${(0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()}`,
        secretAccessKey: (0,external_node_crypto_.randomBytes)(30).toString('base64url'),
    };
}
function report(targets) {
    return { schemaVersion: 1, tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, targets };
}
function markCached(report) {
    return {
        ...report,
        notes: [
            ...report.notes,
            'unchanged since a previous run (policy, config and repository): result reused from .iam-mutate-cache (--no-cache re-runs it)',
        ],
    };
}

// EXTERNAL MODULE: ./src/shard/plan-shards.ts
var plan_shards = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/app/run-plan-concurrently.ts





/**
 * `--jobs N`: the targets split into N balanced groups (the shard planner), each group run by
 * its own runPlan at the same time: its own embedded emulator, its own setup run, its own
 * scratch directory, so no group sees another's resources. Only for the embedded emulator:
 * against an endpoint (or LocalEmu) every group would run setup on the same account, so those
 * runs stay sequential. The report lists the targets in config order, as a sequential run does.
 */
async function runPlanConcurrently(options, jobs) {
    const { config } = options;
    const targets = selectTargets(config, options.only);
    if (options.endpoint !== undefined || config.emulator.kind !== 'embedded' || targets.length < 2) {
        return runPlan(options);
    }
    const statements = await Promise.all(targets.map(async (t) => (await (0,load_policy/* loadPolicy */.t)(t.policyPath, t.policy)).parsed.statements.length));
    const { weighted, basis } = (0,plan_shards/* weighTargets */.vY)(targets.map((t, i) => ({ policy: t.policy, role: t.role, statements: statements[i] })), readRememberedTimings(config.rootDir));
    const plan = (0,plan_shards/* planShards */.tF)(weighted, Math.min(jobs, targets.length), basis);
    const reporter = renumbered(options.reporter, targets.length);
    const settled = await Promise.allSettled(Array.from({ length: plan.count }, (_, i) => runPlan({
        ...options,
        only: (0,plan_shards/* shardTargets */.PY)(plan, i + 1),
        ...(reporter && { reporter }),
    })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const reports = settled.map((s) => s.value);
    const byPolicy = new Map(reports.flatMap((r) => r.targets.map((t) => [t.policy, t])));
    const first = reports[0];
    return { ...first, targets: targets.map((t) => byPolicy.get(t.policy)) };
}
/** Progress counts targets across all groups (target 7/60), not within one group. */
function renumbered(reporter, total) {
    if (!reporter)
        return undefined;
    let next = 0;
    return {
        ...reporter,
        onTargetStarted(event) {
            reporter.onTargetStarted?.({ ...event, index: next++, total });
        },
    };
}

;// CONCATENATED MODULE: ./src/app/run-plan-timed.ts




/** Where the durations of the last runs are kept for `iam-mutate plan` (next to the cache). */
const TIMINGS_FILE = external_node_path_default().join('.iam-mutate-cache', 'timings.json');
/**
 * runPlan with each target's wall-clock time recorded as `durationMs` (docs/report-format.md),
 * run `jobs` at a time (each group with its own embedded emulator, run-plan-concurrently.ts),
 * and the durations remembered in .iam-mutate-cache/timings.json so that the next
 * `iam-mutate plan` balances shards by them. Targets reused from the cache keep no duration:
 * they took no time, and the remembered one stays.
 */
async function runPlanTimed(options) {
    const { jobs, ...planOptions } = options;
    const started = new Map();
    const durations = new Map();
    const inner = options.reporter;
    const reporter = {
        ...inner,
        onTargetStarted(event) {
            started.set(event.policy, performance.now());
            inner?.onTargetStarted?.(event);
        },
        onTargetFinished(report) {
            const t0 = started.get(report.policy);
            if (t0 !== undefined)
                durations.set(report.policy, Math.round(performance.now() - t0));
            inner?.onTargetFinished?.(report);
        },
    };
    const withTimings = { ...planOptions, reporter };
    const report = jobs > 1 ? await runPlanConcurrently(withTimings, jobs) : await runPlan(withTimings);
    const timed = {
        ...report,
        targets: report.targets.map((t) => {
            const ms = durations.get(t.policy);
            return ms === undefined ? t : { ...t, durationMs: ms };
        }),
    };
    if (options.cache !== false && durations.size > 0) {
        rememberTimings(options.config.rootDir, durations);
    }
    return timed;
}
/** Reads .iam-mutate-cache/timings.json (`{ "policy": ms }`); absent or unreadable: empty. */
function readRememberedTimings(rootDir) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(rootDir, TIMINGS_FILE), 'utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return new Map();
        return new Map(Object.entries(value).filter((e) => typeof e[1] === 'number' && e[1] >= 0));
    }
    catch {
        return new Map();
    }
}
/**
 * Adds durations to .iam-mutate-cache/timings.json under `rootDir` (a run's, or a merged
 * report's in the merge job, whose cache the next plan job restores). Never fails the caller.
 */
function rememberTimings(rootDir, durations) {
    try {
        const merged = readRememberedTimings(rootDir);
        for (const [policy, ms] of durations)
            merged.set(policy, ms);
        const file = external_node_path_default().join(rootDir, TIMINGS_FILE);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(`${file}.partial-${process.pid}`, `${JSON.stringify(Object.fromEntries(merged))}\n`);
        (0,external_node_fs_.renameSync)(`${file}.partial-${process.pid}`, file);
    }
    catch {
        // Timings only balance the next plan; a read-only checkout must not fail the run.
    }
}


/***/ }),

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ NodeSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function bytes(data) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
/**
 * The hash constructor @smithy/signature-v4 expects (`new Sha256(secret?)`), backed by
 * node:crypto: hashing without a secret, HMAC with one.
 */
class NodeSha256 {
    hash;
    secret;
    constructor(secret) {
        this.secret = secret === undefined ? undefined : bytes(secret);
        this.hash = this.fresh();
    }
    fresh() {
        return this.secret === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.secret);
    }
    update(data) {
        this.hash.update(bytes(data));
    }
    digest() {
        return Promise.resolve(this.digestSync());
    }
    digestSync() {
        return new Uint8Array(this.hash.digest());
    }
    reset() {
        this.hash = this.fresh();
    }
}


/***/ }),

/***/ 4148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ internalGet),
/* harmony export */   RO: () => (/* binding */ WELL_KNOWN_ADMIN),
/* harmony export */   SP: () => (/* binding */ INTERNAL_TOKEN_HEADER)
/* harmony export */ });
/* unused harmony export internalFetch */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7254);



/** The well-known admin key every `iam-mutate emulator` accepts (LocalEmu's `test`/`test`). */
const WELL_KNOWN_ADMIN = { accessKeyId: 'test', secretAccessKey: 'test' };
/** The header carrying the per-run token. */
const INTERNAL_TOKEN_HEADER = 'x-iam-mutate-token';
/**
 * Calls an internal endpoint (`/_iam-mutate/...`) with admin credentials: a SigV4 signature by
 * an admin key (scope service `iam-mutate`), or the per-run token.
 */
async function internalFetch(endpoint, pathAndQuery, auth = WELL_KNOWN_ADMIN, method = 'GET') {
    const url = internalUrl(endpoint, pathAndQuery);
    return fetch(url, { method, headers: await internalHeaders(url, auth, method) });
}
/**
 * GET of an internal endpoint over node:http with a keep-alive agent: what the run does
 * between every two workload runs, where fetch's own machinery cost more than the request.
 */
async function internalGet(endpoint, pathAndQuery, auth = WELL_KNOWN_ADMIN) {
    const url = internalUrl(endpoint, pathAndQuery);
    const headers = await internalHeaders(url, auth, 'GET');
    const request = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve, reject) => {
        const req = request(url, { method: 'GET', headers, agent: keepAlive(url.protocol) }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
/** `pathAndQuery` under the endpoint, whether or not the endpoint ends with a slash. */
function internalUrl(endpoint, pathAndQuery) {
    return new URL(pathAndQuery, endpoint.replace(/\/?$/, '/'));
}
const agents = new Map();
function keepAlive(protocol) {
    let agent = agents.get(protocol);
    if (agent === undefined) {
        agent =
            protocol === 'https:' ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true }) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
        // An idle keep-alive socket is unref'd by the agent: it never keeps the process alive.
        agents.set(protocol, agent);
    }
    return agent;
}
async function internalHeaders(url, auth, method) {
    if ('token' in auth)
        return { [INTERNAL_TOKEN_HEADER]: auth.token };
    // Loaded on first use: a run imports this module before its setup starts, and needs the
    // signer only after.
    const { SignatureV4 } = await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 5118, 19));
    const signer = new SignatureV4({
        service: 'iam-mutate',
        region: 'us-east-1',
        credentials: auth,
        sha256: _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .NodeSha256 */ .u,
    });
    const query = {};
    for (const [k, v] of url.searchParams)
        query[k] = v;
    const signed = await signer.sign({
        method,
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query,
        headers: { host: url.host },
    });
    const headers = { ...signed.headers };
    delete headers['host'];
    return headers;
}


/***/ }),

/***/ 6397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ runCommandWorkload)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);


const MAX_CAPTURE = 1024 * 1024;
/**
 * Runs a shell command as the workload, in its own process group so that a timeout kills
 * everything it started, not just the shell. Output beyond 1 MiB per stream is dropped
 * (the head is kept: AccessDenied messages come early). When `signal` is aborted (the run is
 * interrupted), the whole group is killed at once and the promise rejects with RunInterrupted.
 */
function runCommandWorkload(command, options) {
    const { signal } = options;
    (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfInterrupted */ .sK)(signal);
    return new Promise((resolve, reject) => {
        const started = Date.now();
        // Extra args become $0, $1, ... of the command, so paths need no shell quoting.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', command, ...(options.args ?? [])], {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const stdout = [];
        const stderr = [];
        const collect = (into) => {
            let size = 0;
            return (chunk) => {
                if (size >= MAX_CAPTURE)
                    return;
                into.push(chunk.subarray(0, MAX_CAPTURE - size));
                size += chunk.length;
            };
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        const interrupt = () => killGroup(child.pid);
        signal?.addEventListener('abort', interrupt, { once: true });
        options.onSpawned?.();
        child.on('error', (error) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', interrupt);
            reject(error);
        });
        child.on('close', (code, exitSignal) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', interrupt);
            // The shell may be gone while its children still run: end the whole group.
            killGroup(child.pid);
            const interrupted = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .interruptionOf */ .nS)(undefined, signal);
            if (interrupted) {
                interrupted.during.push(`the command \`${command}\` (process group ${child.pid})`);
                interrupted.undone.push(`killed the command's process group ${child.pid}`);
                reject(interrupted);
                return;
            }
            if (timedOut) {
                resolve({ kind: 'timeout', afterMs: Date.now() - started });
                return;
            }
            resolve({
                kind: 'exited',
                exitCode: code ?? (exitSignal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
    });
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8074);



/**
 * Reads, parses and validates a policy file as an identity policy, before anything starts:
 * bad input fails with file:line:column and nothing half-done.
 */
async function loadPolicy(file, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([
            { file: shown, message: 'policy file cannot be read', severity: 'error' },
        ]);
    }
    const result = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(text, shown);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.value === undefined || errors.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(errors);
    const invalid = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePolicy */ .tE)(result.value, { kind: 'identity' }).filter((d) => d.severity === 'error');
    if (invalid.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(invalid);
    return { text, parsed: result.value };
}


/***/ }),

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ noSubstitution),
/* harmony export */   rs: () => (/* binding */ substitutionFor)
/* harmony export */ });
/* unused harmony exports applySubstitutions, reverseSubstitutions */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);

/** The identity, for a text that is already what is attached (a suggested policy). */
const noSubstitution = { apply: (text) => text, reverse: (text) => text };
function substitutionFor(substitute, outputs, configFile, locate) {
    // Checked once here, so a `${KEY}` setup never wrote fails before any target runs.
    substitutionPairs(substitute, outputs, configFile, locate);
    const reverse = reverseSubstitutions(substitute, outputs, configFile);
    return { apply: (text) => applySubstitutions(text, substitute, outputs, configFile), reverse };
}
/**
 * Applies the config's `substitute` map to a policy's text before it is attached. Values may
 * name setup outputs as `${KEY}`; a `${KEY}` with no such output is an error rather than
 * being left in the policy, where it would read as an IAM policy variable.
 * Longer search strings are replaced first so that overlapping keys behave predictably.
 */
function applySubstitutions(text, substitute, outputs, configFile) {
    return replaceAll(text, substitutionPairs(substitute, outputs, configFile));
}
/**
 * The inverse, for showing what the run found in the user's own terms: a suggested resource
 * ARN on the emulator's account and key ids reads back with the production account and the
 * placeholders the policy file uses.
 */
function reverseSubstitutions(substitute, outputs, configFile) {
    const pairs = substitutionPairs(substitute, outputs, configFile)
        .filter(([, to]) => to !== '')
        .map(([from, to]) => [to, from]);
    return (text) => replaceAll(text, pairs);
}
function substitutionPairs(substitute, outputs, configFile, locate) {
    return Object.entries(substitute).map(([from, to]) => [from, expandOutputs(to, outputs, from, configFile, locate)]);
}
function replaceAll(text, pairs) {
    if (pairs.length === 0)
        return text;
    const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const pattern = new RegExp(sorted.map(([from]) => escapeRegExp(from)).join('|'), 'g');
    const lookup = new Map(sorted);
    // One pass, so a replacement's own text is never substituted again.
    return text.replace(pattern, (found) => lookup.get(found));
}
function expandOutputs(value, outputs, key, configFile, locate) {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const output = outputs[name];
        if (output === undefined) {
            const known = Object.keys(outputs);
            const where = locate?.(['substitute', key]);
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz([
                {
                    file: where?.file ?? configFile,
                    ...(where?.position && { position: where.position }),
                    key: `substitute.${key}`,
                    message: `\${${name}} is not an output of setup (it wrote: ${known.length ? known.join(', ') : 'nothing'})`,
                    severity: 'error',
                },
            ]);
        }
        return output;
    });
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ shardCountForMax),
/* harmony export */   PY: () => (/* binding */ shardTargets),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   u5: () => (/* binding */ matrixJson),
/* harmony export */   vY: () => (/* binding */ weighTargets)
/* harmony export */ });
function planShards(targets, count, basis) {
    const loads = Array.from({ length: count }, () => 0);
    const shardOf = new Array(targets.length);
    const order = targets
        .map((t, i) => ({ t, i }))
        .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i);
    for (const { t, i } of order) {
        let lightest = 0;
        for (let s = 1; s < count; s++)
            if (loads[s] < loads[lightest])
                lightest = s;
        loads[lightest] += t.weight;
        shardOf[i] = lightest + 1;
    }
    return {
        count,
        basis,
        targets: targets.map((t, i) => ({ policy: t.policy, role: t.role, shard: shardOf[i] })),
    };
}
/** How many shards `--max-per-shard K` needs for `total` targets (at least one). */
function shardCountForMax(total, maxPerShard) {
    return Math.max(1, Math.ceil(total / maxPerShard));
}
/** The policies of shard `index` (1-based), in config order. */
function shardTargets(plan, index) {
    return plan.targets.filter((t) => t.shard === index).map((t) => t.policy);
}
/**
 * The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: only `include`, since any other
 * top-level key would become a matrix dimension. Empty shards are left out.
 */
function matrixJson(plan) {
    const include = [];
    for (let index = 1; index <= plan.count; index++) {
        const targets = shardTargets(plan, index);
        if (targets.length > 0)
            include.push({ shard: `${index}/${plan.count}`, targets });
    }
    return { include };
}
/**
 * Target weights: previous durations when `timings` covers any target (a target without one
 * gets the mean of those that have one), else statement counts plus one for the baseline.
 */
function weighTargets(targets, timings) {
    const known = targets.map((t) => timings.get(t.policy)).filter((ms) => ms !== undefined);
    if (known.length === 0) {
        return {
            basis: 'statements',
            weighted: targets.map((t) => ({ policy: t.policy, role: t.role, weight: t.statements + 1 })),
        };
    }
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    return {
        basis: 'timings',
        weighted: targets.map((t) => ({
            policy: t.policy,
            role: t.role,
            weight: timings.get(t.policy) ?? mean,
        })),
    };
}


/***/ })

};
