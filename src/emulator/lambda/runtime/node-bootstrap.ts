/**
 * The Node.js runtime bootstrap: loads the handler like AWS's Node runtime interface client and serves invocations.
 * Embedded as a string so the ncc bundle in dist/ carries it without extra files; it is written to
 * a temp directory when a worker pool starts (see bootstrap-files.ts). Keep it free of backticks
 * and dollar-brace sequences: it lives inside a String.raw template literal.
 */
export const NODE_BOOTSTRAP_SOURCE = String.raw`// iam-mutate's Lambda runtime bootstrap for Node.js, embedded in node-bootstrap.ts and written to
// a temp dir at run time. It mirrors AWS's aws-lambda-nodejs-runtime-interface-client (handler
// loading, context, callback semantics, error shapes, console format) but talks to the emulator
// over fd 3 (frames in) and fd 4 (frames out): a 4-byte big-endian length and UTF-8 JSON.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import Module, { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const MARKER = process.env._IAM_MUTATE_LOG_MARKER || '';
const MAX_RESPONSE = Number(process.env._IAM_MUTATE_MAX_RESPONSE_BYTES || '6291556');
delete process.env._IAM_MUTATE_LOG_MARKER;
delete process.env._IAM_MUTATE_MAX_RESPONSE_BYTES;

const TASK_ROOT = process.env.LAMBDA_TASK_ROOT;
const HANDLER = process.env._HANDLER;
const FUNCTION_NAME = process.env.AWS_LAMBDA_FUNCTION_NAME;
const FUNCTION_VERSION = process.env.AWS_LAMBDA_FUNCTION_VERSION;
const MEMORY = process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE;
const LOG_GROUP = process.env.AWS_LAMBDA_LOG_GROUP_NAME;
const LOG_STREAM = process.env.AWS_LAMBDA_LOG_STREAM_NAME;

const controlIn = new net.Socket({ fd: 3, readable: true, writable: false });
const controlOut = new net.Socket({ fd: 4, readable: false, writable: true });
const require = createRequire(path.join(TASK_ROOT, '__iam_mutate_loader__.js'));

let currentRequestId;
let current; // { finish } of the invocation in progress

let fatal = false;

function send(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return new Promise((resolve) => controlOut.write(Buffer.concat([header, body]), () => resolve()));
}

function die() {
  // The emulator went away: take the handler's children down with this process.
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {}
  process.exit(0);
}

class RuntimeError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

function toRapidResponse(error) {
  try {
    if (util.types.isNativeError(error) || error instanceof Error) {
      return {
        errorType: error.name?.replace(/\x7F/g, '%7F'),
        errorMessage: error.message?.replace(/\x7F/g, '%7F'),
        trace: error.stack?.replace(/\x7F/g, '%7F').split('\n') || [],
      };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      trace: [],
    };
  }
}

function formatForLog(error) {
  try {
    return JSON.stringify(error, (_key, value) => {
      if (value instanceof Error) {
        const out = Object.assign({ errorType: value.name, errorMessage: value.message, code: value.code }, value);
        if (typeof value.stack === 'string') out.stack = value.stack.split('\n');
        return out;
      }
      return value;
    });
  } catch {
    return JSON.stringify(toRapidResponse(error));
  }
}

function logLine(level, text) {
  const line = new Date().toISOString() + '\t' + currentRequestId + '\t' + level + '\t' + text;
  process.stdout.write(line.replace(/\n/g, '\r') + '\n');
}

function logError(title, error) {
  logLine('ERROR', title + ' \t' + formatForLog(error));
}

function patchConsole() {
  const levels = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE', fatal: 'FATAL' };
  for (const [method, level] of Object.entries(levels)) {
    console[method] = (message, ...params) => logLine(level, util.format(message, ...params));
  }
}

function hasTypeModule(folder) {
  if (folder.endsWith('/node_modules')) return false;
  const manifest = path.join(folder, 'package.json');
  if (fs.existsSync(manifest)) {
    try {
      return JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module';
    } catch {
      return false;
    }
  }
  const parent = path.resolve(folder, '..');
  return parent === folder ? false : hasTypeModule(parent);
}

function tryRequire(file) {
  return fs.existsSync(file) ? require(file) : undefined;
}

async function tryImport(file) {
  return fs.existsSync(file) ? await import(pathToFileURL(file).href) : undefined;
}

async function loadModule(moduleRoot, moduleName) {
  const base = path.resolve(TASK_ROOT, moduleRoot, moduleName);
  const extensionless = fs.existsSync(base) && fs.statSync(base).isFile() ? require(base) : undefined;
  if (extensionless) return extensionless;
  const typeModule = hasTypeModule(path.dirname(base));
  if (!typeModule) {
    const loaded = tryRequire(base + '.js');
    if (loaded) return loaded;
  }
  const loaded =
    (typeModule && (await tryImport(base + '.js'))) ||
    (await tryImport(base + '.mjs')) ||
    tryRequire(base + '.cjs');
  if (loaded) return loaded;
  return require(require.resolve(moduleName, { paths: [TASK_ROOT, path.resolve(TASK_ROOT, moduleRoot)] }));
}

async function loadHandler(fullHandler) {
  if (fullHandler.includes('..')) {
    throw new RuntimeError(
      'Runtime.MalformedHandlerName',
      "'" + fullHandler + "' is not a valid handler name. Use absolute paths when specifying root directories in handler names.",
    );
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = handlerString.match(/^([^.]*)\.(.*)$/);
  if (!match || match.length !== 3) throw new RuntimeError('Runtime.MalformedHandlerName', 'Bad handler');
  let userModule;
  try {
    userModule = await loadModule(moduleRoot, match[1]);
  } catch (error) {
    if (error instanceof SyntaxError) {
      const wrapped = new RuntimeError('Runtime.UserCodeSyntaxError', String(error));
      wrapped.stack = error.stack;
      throw wrapped;
    }
    if (error && error.code === 'MODULE_NOT_FOUND') throw new RuntimeError('Runtime.ImportModuleError', String(error));
    throw error;
  }
  const handler = match[2].split('.').reduce((nested, key) => nested && nested[key], userModule);
  if (!handler) throw new RuntimeError('Runtime.HandlerNotFound', fullHandler + ' is undefined or not exported');
  if (typeof handler !== 'function') throw new RuntimeError('Runtime.HandlerNotFound', fullHandler + ' is not a function');
  return handler;
}

// The AWS SDK for JavaScript v2 predates AWS_ENDPOINT_URL: when a handler loads it, point its
// global configuration at the emulator (path-style S3, as an IP endpoint needs). v3 reads the
// variable itself.
let sdkV2;

function patchSdkV2() {
  const originalLoad = Module._load;
  Module._load = function (...args) {
    const loaded = originalLoad.apply(this, args);
    // 'aws-sdk', 'aws-sdk/clients/s3', or (from ESM) .../node_modules/aws-sdk/lib/aws.js;
    // never @aws-sdk/* (v3).
    if (sdkV2 === undefined && typeof args[0] === 'string' && /(^|[\\/])aws-sdk([\\/]|$)/.test(args[0])) {
      try {
        const filename = Module._resolveFilename(args[0], args[1], args[2]);
        const marker = path.sep + 'aws-sdk' + path.sep;
        const at = filename.lastIndexOf(marker);
        if (at >= 0) {
          const core = createRequire(filename)(filename.slice(0, at + marker.length) + 'global.js');
          if (core && core.config && typeof core.config.update === 'function') {
            sdkV2 = core;
            if (process.env.AWS_ENDPOINT_URL) {
              core.config.update({ endpoint: process.env.AWS_ENDPOINT_URL, s3ForcePathStyle: true });
            }
          }
        }
      } catch {
        // not the v2 SDK after all
      }
    }
    return loaded;
  };
}

function applyCredentials(credentials) {
  const changed =
    process.env.AWS_ACCESS_KEY_ID !== credentials.accessKeyId ||
    process.env.AWS_SECRET_ACCESS_KEY !== credentials.secretAccessKey ||
    (process.env.AWS_SESSION_TOKEN || undefined) !== (credentials.sessionToken || undefined);
  process.env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
  if (credentials.sessionToken) process.env.AWS_SESSION_TOKEN = credentials.sessionToken;
  else delete process.env.AWS_SESSION_TOKEN;
  // v2 caches the first credentials it resolved globally; clients made from now on re-resolve.
  if (changed && sdkV2) sdkV2.config.credentials = null;
}

// "The event loop is empty", as Lambda's callbackWaitsForEmptyEventLoop means it: the control
// pipe stops holding the loop open, so 'beforeExit' fires once the handler's timers, sockets and
// file operations are all done (and never, if it leaves an interval running: then it times out,
// as on Lambda). The pipe holds the loop again before anything is answered.
let drainListener;

function whenEventLoopDrains(then) {
  stopWaitingForDrain();
  drainListener = () => {
    stopWaitingForDrain();
    then();
  };
  controlIn.unref();
  process.once('beforeExit', drainListener);
}

function stopWaitingForDrain() {
  if (drainListener) process.removeListener('beforeExit', drainListener);
  drainListener = undefined;
  controlIn.ref();
}

function endOfOutput() {
  return Promise.all([
    new Promise((resolve) => process.stdout.write(MARKER, resolve)),
    new Promise((resolve) => process.stderr.write(MARKER, resolve)),
  ]);
}

async function answer(message) {
  if (fatal) return;
  await endOfOutput();
  await send(message);
}

function runHandler(handler, message) {
  return new Promise((resolve) => {
    let finished = false;
    const finish = (outcome) => {
      if (!finished) {
        finished = true;
        resolve(outcome);
      }
    };
    current = { finish };
    let waitForEmptyEventLoop = true;
    const done = (error, result) => {
      if (error !== undefined && error !== null) finish({ error });
      else finish({ result });
    };
    // Callback handlers answer once the event loop drains: with what they passed to the
    // callback, or null if they never called it.
    let drained = { result: null };
    let draining = false;
    const answerWhenDrained = () => {
      if (draining) return;
      draining = true;
      whenEventLoopDrains(() => finish(drained));
    };
    const callback = (error, result) => {
      if (error !== undefined && error !== null) return finish({ error });
      drained = { result };
      if (!waitForEmptyEventLoop) return finish(drained);
      answerWhenDrained();
    };
    const context = {
      get callbackWaitsForEmptyEventLoop() {
        return waitForEmptyEventLoop;
      },
      set callbackWaitsForEmptyEventLoop(value) {
        waitForEmptyEventLoop = value;
      },
      functionVersion: FUNCTION_VERSION,
      functionName: FUNCTION_NAME,
      memoryLimitInMB: MEMORY,
      logGroupName: LOG_GROUP,
      logStreamName: LOG_STREAM,
      invokedFunctionArn: message.invokedFunctionArn,
      awsRequestId: message.requestId,
      clientContext: message.clientContext ? JSON.parse(message.clientContext) : undefined,
      identity: undefined,
      getRemainingTimeInMillis: () => Math.max(0, message.deadlineMs - Date.now()),
      done,
      succeed: (result) => done(null, result),
      fail: (error) => done(error === undefined || error === null ? 'handled' : error, null),
    };
    try {
      const event = JSON.parse(message.event);
      const result = handler(event, context, callback);
      if (result && typeof result.then === 'function') {
        result.then((value) => done(null, value), (error) => context.fail(error));
      } else if (!finished) {
        answerWhenDrained();
      }
    } catch (error) {
      finish({ error });
    }
  });
}

async function invoke(handler, message) {
  currentRequestId = message.requestId;
  applyCredentials(message.credentials || {});
  const outcome = await runHandler(handler, message);
  stopWaitingForDrain(); // answered through context.succeed/done before the loop drained
  current = undefined;
  let error = outcome.error;
  let body;
  if (error === undefined) {
    try {
      body = JSON.stringify(outcome.result === undefined ? null : outcome.result);
    } catch {
      error = new Error('Unable to stringify response body');
    }
  }
  if (error !== undefined) {
    logError('Invoke Error', error);
    await answer({ t: 'error', requestId: message.requestId, error: toRapidResponse(error) });
  } else if (Buffer.byteLength(body, 'utf8') > MAX_RESPONSE) {
    await answer({ t: 'too-large', requestId: message.requestId });
  } else {
    await answer({ t: 'result', requestId: message.requestId, payload: body });
  }
}

function onFatal(title, error, exitCode) {
  // Lambda reports the error for the invocation in progress, then the runtime exits.
  logError(title, error);
  if (current && !fatal) {
    const reply = { t: 'error', requestId: currentRequestId, error: toRapidResponse(error) };
    endOfOutput()
      .then(() => send(reply))
      .then(() => process.exit(exitCode));
    fatal = true; // whatever the handler still answers is dropped
  } else {
    process.exit(exitCode);
  }
}

async function main() {
  patchConsole();
  patchSdkV2();
  process.on('unhandledRejection', (reason) => {
    const error = new RuntimeError('Runtime.UnhandledPromiseRejection', String(reason));
    onFatal('Unhandled Promise Rejection', error, 128);
  });
  process.on('uncaughtException', (error) => onFatal('Uncaught Exception', error, 129));

  const inbox = [];
  let wake;
  let buffered = Buffer.alloc(0);
  controlIn.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 4 && buffered.length >= 4 + buffered.readUInt32BE(0)) {
      const length = buffered.readUInt32BE(0);
      inbox.push(JSON.parse(buffered.subarray(4, 4 + length).toString('utf8')));
      buffered = buffered.subarray(4 + length);
    }
    if (wake && inbox.length > 0) wake();
  });
  controlIn.on('end', die);
  controlIn.on('error', die);
  const next = () =>
    inbox.length > 0 ? Promise.resolve(inbox.shift()) : new Promise((resolve) => (wake = () => { wake = undefined; resolve(inbox.shift()); }));

  let handler;
  try {
    handler = await loadHandler(HANDLER);
  } catch (error) {
    logError('Uncaught Exception', error);
    await answer({ t: 'init-error', error: toRapidResponse(error) });
    return; // wait to be stopped; Lambda re-runs init on the next invoke
  }
  await endOfOutput();
  await send({ t: 'ready' });
  for (;;) {
    const message = await next();
    if (message.t === 'invoke') await invoke(handler, message);
  }
}

main();
`;
