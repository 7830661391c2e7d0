export const id = 689;
export const ids = [689];
export const modules = {

/***/ 3749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emulatorCommand: () => (/* binding */ emulatorCommand),
  processStopSignal: () => (/* binding */ processStopSignal)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/emulator/authz/enforcement.ts
/** LocalEmu's `IAM_ENFORCEMENT` values: `1`/`true`/`strict` -> strict, `soft`, anything else off. */
function enforcementFromLocalEmu(value) {
    if (value === undefined || value === '')
        return undefined;
    const v = value.trim().toLowerCase();
    if (v === '1' || v === 'true' || v === 'strict' || v === 'yes')
        return 'strict';
    if (v === 'soft')
        return 'soft';
    if (v === '0' || v === 'false' || v === 'off' || v === 'no')
        return 'off';
    return undefined;
}

// EXTERNAL MODULE: ./src/emulator/identity/resolve-caller.ts
var resolve_caller = __webpack_require__(9608);
// EXTERNAL MODULE: ./src/emulator/start-emulator.ts + 440 modules
var start_emulator = __webpack_require__(3619);
;// CONCATENATED MODULE: ./src/cli/commands/emulator.ts




function processStopSignal() {
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
/**
 * `iam-mutate emulator`: serves the embedded emulator until SIGINT/SIGTERM. The enforcement
 * mode is --enforcement, else LocalEmu's IAM_ENFORCEMENT (1|soft), else strict.
 */
async function emulatorCommand(command, io, waitForStop = processStopSignal) {
    const enforcement = command.enforcement ?? enforcementFromEnv(io.env.IAM_ENFORCEMENT) ?? 'strict';
    // Listen for the stop signal before announcing the URL: a supervisor that reads the URL and
    // signals at once must not hit the default (abrupt) signal action.
    const stopRequested = waitForStop();
    let emulator;
    try {
        // A drop-in for LocalEmu/LocalStack: their clients sign the well-known keys with any secret.
        emulator = await (0,start_emulator.startEmulator)({
            port: command.port,
            host: command.host,
            enforcement,
            adminCredentials: resolve_caller/* DROP_IN_ADMIN_CREDENTIALS */.jm,
            // A standalone emulator is there to be called: have Python ready for the first function.
            lookUpLambdaRuntimes: ['python'],
        });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EADDRINUSE') {
            throw new errors/* RunError */.e4(`emulator: ${command.host}:${command.port} is already in use (try --port 0 for a free port)`);
        }
        throw new errors/* RunError */.e4(`emulator: cannot listen on ${command.host}:${command.port}: ${error.message}`);
    }
    io.stderr(`iam-mutate emulator listening on ${emulator.url} (enforcement ${emulator.enforcement}, ` +
        `account ${emulator.accountId}, region ${emulator.region}); authorization log at ${emulator.url}/_iam-mutate/authz-log (signed by an admin key)\n`);
    await stopRequested;
    await emulator.stop();
    io.stderr('iam-mutate emulator stopped\n');
    return errors/* ExitCode */.yU.ok;
}
function enforcementFromEnv(value) {
    if (value === undefined || value === '')
        return undefined;
    const mode = enforcementFromLocalEmu(value);
    if (mode === undefined) {
        throw new errors/* InputError */.dz(`IAM_ENFORCEMENT must be 1, soft, strict or off, not '${value}'`);
    }
    return mode;
}


/***/ }),

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ AuthorizationLog),
/* harmony export */   z: () => (/* binding */ DEFAULT_AUTHZ_LOG_CAPACITY)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Records kept in memory unless the emulator is started with another authzLogCapacity. */
const DEFAULT_AUTHZ_LOG_CAPACITY = 20_000;
function materialize(record) {
    if (!('extraContext' in record))
        return record;
    const { extraContext, ...rest } = record;
    return extraContext === undefined
        ? rest
        : { ...rest, context: { ...record.context, ...extraContext } };
}
/**
 * The authorization log: every decision in order, kept in a bounded in-memory window (readable
 * with a cursor so pollers see only new records) and optionally appended to a JSONL file.
 */
class AuthorizationLog {
    capacity;
    records = [];
    nextSeq = 1;
    file;
    constructor(capacity = DEFAULT_AUTHZ_LOG_CAPACITY, filePath) {
        this.capacity = capacity;
        if (filePath !== undefined)
            this.file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(filePath, { flags: 'a' });
    }
    /**
     * Appends a fresh record (numbered in place, not copied); `extraContext`, when given, is
     * merged into `context` whenever the record is read.
     */
    append(
    /**
     * May come whole, with `extraContext` (even undefined) and `seq: 0` as its last keys: it is
     * numbered in place, and no key added afterwards allocates a second object for it.
     */
    record, extraContext) {
        const full = record;
        if (extraContext !== undefined)
            full.extraContext = extraContext;
        full.seq = this.nextSeq++;
        this.records.push(full);
        // Trim in batches: dropping one record per append would move the whole window every call.
        if (this.records.length > this.capacity + Math.ceil(this.capacity / 4)) {
            this.records.splice(0, this.records.length - this.capacity);
        }
        if (this.file !== undefined) {
            // JSON drops an undefined extraContext by itself: only a record with one needs the copy.
            const line = full.extraContext === undefined ? full : materialize(full);
            this.file.write(`${JSON.stringify(line)}\n`);
        }
        return full;
    }
    /** Records with seq > after (oldest first), at most `limit`; `cursor` is the last seq returned. */
    read(after = 0, limit = 1000) {
        // Sequence numbers increase, so the first record after the cursor is found by bisection.
        let lo = 0;
        let hi = this.records.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.records[mid].seq > after)
                hi = mid;
            else
                lo = mid + 1;
        }
        const records = this.records.slice(lo, lo + limit).map(materialize);
        return {
            records,
            cursor: records.length > 0 ? records[records.length - 1].seq : Math.max(after, 0),
        };
    }
    /** The seq of the newest record (0 when empty): read(after = latest()) returns only later ones. */
    latest() {
        return this.nextSeq - 1;
    }
    clear() {
        this.records.length = 0;
    }
    close() {
        const file = this.file;
        this.file = undefined;
        return new Promise((resolve) => (file === undefined ? resolve() : file.end(() => resolve())));
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


/***/ })

};
