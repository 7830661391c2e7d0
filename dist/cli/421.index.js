export const id = 421;
export const ids = [421];
export const modules = {

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   missingBoto3Message: () => (/* binding */ missingBoto3Message),
/* harmony export */   probeInterpreter: () => (/* binding */ probeInterpreter)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _invocation_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7110);


// Asks the interpreter about itself without importing boto3 (that alone costs ~0.3 s). A
// version is read from the package's own __version__ line; importlib.metadata (which scans
// every distribution and imports email parsing, ~30 ms, several times that while setup's
// interpreter starts beside it) only when that line is not there.
const PYTHON_PROBE = [
    'import json, re, site, sys, importlib.util',
    'def v(name):',
    '    spec = importlib.util.find_spec(name)',
    '    if spec is None: return None',
    '    try:',
    '        with open(spec.origin, encoding="utf-8") as f:',
    '            m = re.search(r"^__version__ = \\W([\\w.+-]+)\\W", f.read(), re.M)',
    '        if m: return m.group(1)',
    '    except Exception: pass',
    '    try:',
    '        from importlib import metadata',
    '        return metadata.version(name)',
    '    except Exception: return "unknown"',
    'print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3],',
    '  "userBase": site.getuserbase() if site.ENABLE_USER_SITE else None,',
    '  "boto3": v("boto3"), "botocore": v("botocore")}))',
].join('\n');
const NODE_PROBE = 'process.stdout.write(JSON.stringify({executable: process.execPath, version: process.versions.node}))';
/**
 * Finds out what `command` is: its real executable (so workers start it directly, skipping
 * shims such as pyenv's, which cost tens of milliseconds per start), its version, and for Python
 * whether boto3 is importable. Runs with the same allow-listed host environment as workers.
 */
function probeInterpreter(family, command, hostEnvironment) {
    const args = family === 'python' ? ['-c', PYTHON_PROBE] : ['-e', NODE_PROBE];
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { env: (0,_invocation_env_js__WEBPACK_IMPORTED_MODULE_1__/* .hostBaseEnvironment */ .XA)(hostEnvironment), timeout: 15_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const notFound = error.code === 'ENOENT';
                resolve({
                    kind: 'missing',
                    message: missingMessage(family, command, notFound, stderr || error.message),
                });
                return;
            }
            try {
                const raw = JSON.parse(stdout);
                resolve({
                    kind: 'found',
                    info: {
                        family,
                        executable: raw.executable ?? command,
                        version: raw.version ?? 'unknown',
                        ...(family === 'python'
                            ? {
                                boto3Version: raw.boto3 ?? null,
                                botocoreVersion: raw.botocore ?? null,
                                userBase: raw.userBase ?? null,
                            }
                            : {}),
                    },
                });
            }
            catch {
                resolve({ kind: 'missing', message: missingMessage(family, command, false, stdout) });
            }
        });
    });
}
function missingMessage(family, command, notFound, detail) {
    const what = notFound
        ? `${command} was not found on PATH`
        : `${command} could not be run (${detail.trim().slice(0, 300)})`;
    return family === 'python'
        ? `${what}. Lambda functions with a python3.x runtime run on the local Python 3 interpreter: install Python 3 with boto3 (e.g. apt-get install python3 python3-pip && python3 -m pip install boto3, or actions/setup-python in a workflow).`
        : `${what}. Lambda functions with a nodejs runtime run on the local Node.js: install Node.js 20 or later.`;
}
/** Lambda's Python runtimes ship boto3; handlers here expect it too. */
function missingBoto3Message(info) {
    return `boto3 is not importable by ${info.executable} (Python ${info.version}). AWS Lambda's Python runtimes include boto3, so functions here need it too: run \`${info.executable} -m pip install boto3\`.`;
}


/***/ }),

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ standbyEnvironment),
/* harmony export */   XA: () => (/* binding */ hostBaseEnvironment),
/* harmony export */   _b: () => (/* binding */ buildWorkerEnvironment)
/* harmony export */ });
/* unused harmony export credentialVariables */
/**
 * The environment a worker process starts with. It is built from an allow-list, never by
 * copying the host's environment minus a few names: the host's AWS_PROFILE, access keys,
 * AWS_CA_BUNDLE, proxies, NODE_OPTIONS or PYTHONPATH must not change what the handler does or
 * which identity it calls with. HOME points at an empty directory and AWS_CONFIG_FILE /
 * AWS_SHARED_CREDENTIALS_FILE at empty files, so no SDK ever reads the host's ~/.aws.
 */
/** Host variables a process needs to run at all (locale, temp dir, Windows system paths). */
const HOST_ALLOWED = new Set([
    'PATH',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SYSTEMROOT',
    'SystemRoot',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
]);
function hostBaseEnvironment(hostEnv) {
    const env = {};
    for (const [key, value] of Object.entries(hostEnv)) {
        if (value === undefined)
            continue;
        if (HOST_ALLOWED.has(key) || key.startsWith('LC_'))
            env[key] = value;
    }
    return env;
}
/** What every worker of a runtime family starts with, before its function's own variables. */
function runtimeBaseEnvironment(family, interpreter, hostEnv) {
    const env = {
        ...hostBaseEnvironment(hostEnv),
        LANG: hostEnv.LANG ?? 'en_US.UTF-8',
        TZ: 'UTC',
        // Nothing should wait a second for an instance-metadata endpoint that is not there.
        AWS_EC2_METADATA_DISABLED: 'true',
    };
    if (family === 'python' && interpreter.userBase) {
        // HOME is replaced below; keep `pip install --user` packages (boto3 ...) importable.
        env.PYTHONUSERBASE = interpreter.userBase;
    }
    return env;
}
/** Reserved variables that are the same for every function: the sandbox's HOME and ~/.aws. */
function sandboxVariables(sandbox) {
    return {
        HOME: sandbox.home,
        AWS_CONFIG_FILE: sandbox.emptyAwsFile,
        AWS_SHARED_CREDENTIALS_FILE: sandbox.emptyAwsFile,
    };
}
/**
 * What a Python standby (standby.ts) starts with: a worker's environment without anything of a
 * function's (no function variables, no credentials, no handler). Adoption replaces it with
 * the function's whole environment; standby-policy.ts says which variables must already agree.
 */
function standbyEnvironment(interpreter, sandbox, hostEnv) {
    return {
        ...runtimeBaseEnvironment('python', interpreter, hostEnv),
        ...sandboxVariables(sandbox),
    };
}
function buildWorkerEnvironment(input, hostEnv) {
    const env = runtimeBaseEnvironment(input.runtime.family, input.interpreter, hostEnv);
    Object.assign(env, input.functionEnvironment);
    // Reserved variables, as Lambda sets them; they win over the function's own.
    Object.assign(env, {
        ...sandboxVariables(input.sandbox),
        AWS_ENDPOINT_URL: input.endpointUrl,
        AWS_REGION: input.region,
        AWS_DEFAULT_REGION: input.region,
        AWS_EXECUTION_ENV: `AWS_Lambda_${input.runtime.id}`,
        AWS_LAMBDA_FUNCTION_NAME: input.functionName,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(input.memoryMb),
        AWS_LAMBDA_FUNCTION_VERSION: input.functionVersion,
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        AWS_LAMBDA_LOG_GROUP_NAME: input.logGroupName,
        AWS_LAMBDA_LOG_STREAM_NAME: input.logStreamName,
        LAMBDA_TASK_ROOT: input.codeDir,
        LAMBDA_RUNTIME_DIR: input.codeDir,
        _HANDLER: input.handler,
        ...credentialVariables(input.credentials),
        ...input.bootstrapPrivate,
    });
    if (!input.credentials.sessionToken)
        delete env.AWS_SESSION_TOKEN;
    return env;
}
function credentialVariables(credentials) {
    const vars = {
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    };
    if (credentials.sessionToken)
        vars.AWS_SESSION_TOKEN = credentials.sessionToken;
    return vars;
}


/***/ })

};
