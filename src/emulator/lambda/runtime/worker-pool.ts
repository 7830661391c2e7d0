import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { materializeCode } from './code-store.js';
import { missingBoto3Message, probeInterpreter, type ProbeResult } from './interpreter-probe.js';
import { runtimePid } from './clean-launcher.js';
import { buildWorkerEnvironment, standbyEnvironment } from './invocation-env.js';
import { MAX_RESPONSE_BYTES } from './platform-errors.js';
import { parseRuntimeId, SUPPORTED_RUNTIMES_TEXT, type RuntimeId } from './runtime-id.js';
import { prepareSandboxFiles, type SandboxFiles } from './sandbox-files.js';
import { Standby } from './standby.js';
import { startupDifferences } from './standby-policy.js';
import type { InterpreterInfo, InvokeRequest, InvokeResult, RuntimeFamily } from './types.js';
import { Worker } from './worker.js';
import { ZipExtractionError } from './zip-extract.js';

/** How long the pool must have had nothing to do before it starts a replacement standby. */
const STANDBY_AFTER_QUIET_MS = 500;

export interface WorkerPoolOptions {
  /** A directory the pool may fill (bootstraps, unpacked code, an empty HOME). */
  readonly tmpRoot: string;
  /**
   * The host environment workers and interpreter probes draw their allow-listed variables from
   * (PATH, locale, temp dir; see invocation-env.ts). Read at the edge (startEmulator's options),
   * never here, so the runtime layer stays a function of what it is given.
   */
  readonly hostEnvironment: Readonly<Record<string, string | undefined>>;
  /** Command that runs python3.x functions (default `python3`). */
  readonly pythonCommand?: string;
  /**
   * The lookup of `pythonCommand`, already started by the caller with the same host
   * environment (iam-mutate run starts it before it loads the emulator).
   */
  readonly pythonLookUp?: Promise<ProbeResult>;
  /** Command that runs nodejs functions (default: the Node.js running the emulator). */
  readonly nodeCommand?: string;
  /**
   * Warm workers per function. Concurrent invokes of one function get one worker each, as
   * Lambda gives each concurrent request its own execution environment; past this many they
   * queue. Default 4 (the emulator shares a small machine with the workload).
   */
  readonly maxWorkersPerFunction?: number;
  /** Limit on loading the handler module (Lambda's init phase allows 10 s). */
  readonly initTimeoutMs?: number;
  /** Log characters kept per invocation (head and tail; default 1 MiB). */
  readonly maxLogChars?: number;
  /** Refuse python functions when boto3 is missing (default true: Lambda always has it). */
  readonly requireBoto3?: boolean;
}

export interface WorkerPool {
  invoke(request: InvokeRequest): Promise<InvokeResult>;
  /**
   * Starts an idle worker for the function now (its cold start runs in the background) unless
   * one of this configuration is already alive; the next invoke takes it. Never fails: what
   * goes wrong is reported by that invoke.
   */
  warm(request: Omit<InvokeRequest, 'event' | 'requestId' | 'timeoutMs'>): Promise<void>;
  /** Code or configuration changed in place: idle workers stop now, busy ones after their invoke. */
  restart(functionId: string): void;
  /** Stops every worker (and its children). */
  stop(): Promise<void>;
  /** What runs a runtime here, or why nothing can. */
  describeRuntime(runtime: string): Promise<ProbeResult>;
  /**
   * Starts looking up a runtime family's interpreter now, in the background, so the first
   * CreateFunction or Invoke finds the answer ready. Behind a version manager's shim (pyenv's
   * costs ~0.35 s per start) the lookup is the slowest part of creating a function. For
   * Python it then keeps a standby runtime (standby.ts) that the next Python worker adopts.
   */
  lookUpEarly(family: RuntimeFamily): void;
  /** Live worker PIDs of a function (for tests and diagnostics). */
  workerPids(functionId: string): number[];
  /**
   * The idle Python standby (for tests and diagnostics): its runtime PID once started, and
   * whether it has finished preloading.
   */
  standby(): { readonly pid: number | undefined; readonly ready: boolean } | undefined;
}

interface FunctionSlot {
  fingerprint: string;
  workers: Worker[];
  /** Workers handed to an invocation (reserved synchronously, before it starts). */
  leased: Set<Worker>;
  waiters: Array<() => void>;
}

/**
 * Runs Lambda functions as local processes and keeps them warm. Each function (by functionId)
 * has up to `maxWorkersPerFunction` workers built for one configuration fingerprint; an invoke
 * with a different fingerprint (new code, handler, environment, memory, ...) retires the old
 * workers first, so configuration updates take effect without the caller doing anything, and
 * `restart` covers code changed in place in a directory.
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  mkdirSync(options.tmpRoot, { recursive: true });
  const files: SandboxFiles = prepareSandboxFiles(options.tmpRoot);
  const maxWorkers = Math.max(1, options.maxWorkersPerFunction ?? 4);
  const initTimeoutMs = options.initTimeoutMs ?? 10_000;
  const maxLogChars = options.maxLogChars ?? 1024 * 1024;
  const requireBoto3 = options.requireBoto3 ?? true;
  const slots = new Map<string, FunctionSlot>();
  const probes = new Map<RuntimeFamily, Promise<ProbeResult>>();
  let stopped = false;
  // -B: never write bytecode into the function's code directory, and never trust a .pyc
  // written for an earlier edit of the same file within the same second.
  const pythonArgs = ['-u', '-B', files.bootstrap.python];

  // At most one idle Python standby (standby.ts), kept once lookUpEarly('python') asked for
  // one: a Python worker adopts it instead of paying the interpreter start and import boto3.
  let standby: Standby | undefined;
  let standbyInterpreter: InterpreterInfo | undefined;
  let standbyBroken = false;
  // What the pool is doing, so a replacement standby waits until it has nothing to do.
  let invocationsInFlight = 0;
  let workersInitializing = 0;
  let quietTimer: NodeJS.Timeout | undefined;

  const killAll = (): void => {
    for (const slot of slots.values()) for (const worker of slot.workers) worker.kill();
    standby?.kill();
  };
  // Workers are detached process groups: if the emulator exits without stop(), end them too.
  process.on('exit', killAll);

  function probe(family: RuntimeFamily): Promise<ProbeResult> {
    let result = probes.get(family);
    if (!result) {
      result =
        family === 'python'
          ? (options.pythonLookUp ??
            probeInterpreter('python', options.pythonCommand ?? 'python3', options.hostEnvironment))
          : options.nodeCommand
            ? probeInterpreter('node', options.nodeCommand, options.hostEnvironment)
            : Promise.resolve({
                kind: 'found',
                info: {
                  family: 'node',
                  executable: process.execPath,
                  version: process.versions.node,
                },
              });
      probes.set(family, result);
    }
    return result;
  }

  /** Starts a standby unless one is alive; stops trying once one died unadopted. */
  function keepStandby(): void {
    if (stopped || standbyBroken || !standbyInterpreter) return;
    if (standby?.failed) {
      // Its preload failed (or something killed it): fresh workers only from now on.
      standbyBroken = true;
      standby = undefined;
      return;
    }
    if (standby?.available) return;
    standby = new Standby({
      executable: standbyInterpreter.executable,
      args: pythonArgs,
      env: standbyEnvironment(standbyInterpreter, files, options.hostEnvironment),
      cwd: files.home,
    });
  }

  /**
   * After an adoption, the next standby is started once the pool has been quiet (no worker
   * starting, no invocation running) for STANDBY_AFTER_QUIET_MS. Its import costs ~0.3 s of
   * CPU: started at once it would compete with the adopting worker's cold start and with the
   * mutation loop that follows, on a 2-core machine, and a run with one function never uses it.
   * A pool that goes quiet (an emulator waiting for its next CreateFunction) prepares one.
   */
  function replaceStandbyWhenQuiet(): void {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = undefined;
    if (stopped || standbyBroken || !standbyInterpreter || standby?.available) return;
    quietTimer = setTimeout(() => {
      quietTimer = undefined;
      // Busy again: the end of that work re-arms the timer.
      if (invocationsInFlight === 0 && workersInitializing === 0) keepStandby();
    }, STANDBY_AFTER_QUIET_MS);
    quietTimer.unref();
  }

  function lookUpEarly(family: RuntimeFamily): void {
    const found = probe(family);
    if (family !== 'python') return;
    void found.then((result) => {
      if (result.kind !== 'found' || !result.info.boto3Version || standbyInterpreter) return;
      standbyInterpreter = result.info;
      keepStandby();
    });
  }

  /**
   * The standby, when a worker for this interpreter and environment may adopt it
   * (standby-policy.ts). A standby still importing is taken too: it started earlier than a
   * fresh spawn would, so it is ready sooner. Its replacement waits for a quiet pool.
   */
  function takeStandby(
    interpreter: InterpreterInfo,
    env: Readonly<Record<string, string>>,
  ): Standby | undefined {
    const candidate = standby;
    if (!candidate || interpreter.executable !== standbyInterpreter?.executable) return undefined;
    if (!candidate.available) {
      keepStandby();
      return undefined;
    }
    if (startupDifferences(candidate.options.env, env).length > 0) return undefined;
    standby = undefined;
    return candidate;
  }

  async function describeRuntime(runtime: string): Promise<ProbeResult> {
    const id = parseRuntimeId(runtime);
    if (!id)
      return {
        kind: 'missing',
        message: `runtime ${runtime} is not supported here; supported: ${SUPPORTED_RUNTIMES_TEXT}`,
      };
    return probe(id.family);
  }

  function slotFor(functionId: string, fingerprint: string): FunctionSlot {
    let slot = slots.get(functionId);
    if (!slot) {
      slot = { fingerprint, workers: [], leased: new Set(), waiters: [] };
      slots.set(functionId, slot);
    }
    return slot;
  }

  /** Idle workers stop now; busy ones are dropped from the slot and stopped when they finish. */
  function retire(slot: FunctionSlot): void {
    for (const worker of slot.workers) if (!slot.leased.has(worker)) worker.kill();
    slot.workers = [];
    // Every waiter may now start a worker of its own.
    for (const waiter of slot.waiters.splice(0)) waiter();
  }

  function wakeOne(slot: FunctionSlot): void {
    slot.waiters.shift()?.();
  }

  async function acquire(
    slot: FunctionSlot,
    fingerprint: string,
    start: () => Worker,
  ): Promise<Worker> {
    for (;;) {
      if (stopped) throw new Error('worker pool is stopped');
      // Invokes of two configurations interleaved (an update while an invoke waited): the
      // latest to ask wins the slot, as each configuration change does.
      if (slot.fingerprint !== fingerprint) {
        slot.fingerprint = fingerprint;
        retire(slot);
      }
      slot.workers = slot.workers.filter((w) => w.alive);
      const idle = slot.workers.find((w) => !slot.leased.has(w));
      if (idle) {
        slot.leased.add(idle);
        return idle;
      }
      if (slot.workers.length < maxWorkers) {
        const worker = start();
        slot.workers.push(worker);
        slot.leased.add(worker);
        return worker;
      }
      await new Promise<void>((resolve) => slot.waiters.push(resolve));
    }
  }

  async function warm(
    request: Omit<InvokeRequest, 'event' | 'requestId' | 'timeoutMs'>,
  ): Promise<void> {
    if (stopped) return;
    const runtime = parseRuntimeId(request.runtime);
    if (!runtime) return;
    const found = await probe(runtime.family);
    if (found.kind === 'missing') return;
    if (runtime.family === 'python' && requireBoto3 && !found.info.boto3Version) return;
    let codeDir: string;
    try {
      codeDir = materializeCode(request.code, files.codeRoot);
    } catch {
      return; // the invoke reports it
    }
    const fingerprint = configFingerprint(request, codeDir);
    if (stopped) return;
    const slot = slotFor(request.functionId, fingerprint);
    if (slot.fingerprint !== fingerprint) {
      slot.fingerprint = fingerprint;
      retire(slot);
    }
    slot.workers = slot.workers.filter((w) => w.alive);
    if (slot.workers.length > 0) return;
    slot.workers.push(startWorker(request, runtime, found.info, codeDir));
    wakeOne(slot);
  }

  async function invoke(request: InvokeRequest): Promise<InvokeResult> {
    const { requestId } = request;
    const runtime = parseRuntimeId(request.runtime);
    if (!runtime) {
      return {
        kind: 'environment-error',
        requestId,
        message: `runtime ${request.runtime} is not supported here; supported: ${SUPPORTED_RUNTIMES_TEXT}`,
      };
    }
    const found = await probe(runtime.family);
    if (found.kind === 'missing')
      return { kind: 'environment-error', requestId, message: found.message };
    const interpreter = found.info;
    if (runtime.family === 'python' && requireBoto3 && !interpreter.boto3Version) {
      return { kind: 'environment-error', requestId, message: missingBoto3Message(interpreter) };
    }
    let codeDir: string;
    try {
      codeDir = materializeCode(request.code, files.codeRoot);
    } catch (error) {
      if (error instanceof ZipExtractionError) {
        return {
          kind: 'environment-error',
          requestId,
          message: `deployment package: ${error.message}`,
        };
      }
      throw error;
    }
    const fingerprint = configFingerprint(request, codeDir);
    const slot = slotFor(request.functionId, fingerprint);
    const worker = await acquire(slot, fingerprint, () =>
      startWorker(request, runtime, interpreter, codeDir),
    );
    invocationsInFlight++;
    try {
      return await worker.invoke({
        requestId,
        event: request.event,
        timeoutMs: request.timeoutMs,
        credentials: request.credentials,
        invokedFunctionArn: request.invokedFunctionArn,
        ...(request.clientContext === undefined ? {} : { clientContext: request.clientContext }),
      });
    } finally {
      slot.leased.delete(worker);
      if (!slot.workers.includes(worker) || stopped) worker.kill(); // retired while it ran
      if (!worker.alive) slot.workers = slot.workers.filter((w) => w !== worker);
      wakeOne(slot);
      invocationsInFlight--;
      replaceStandbyWhenQuiet();
    }
  }

  function startWorker(
    request: Omit<InvokeRequest, 'event' | 'requestId' | 'timeoutMs'>,
    runtime: RuntimeId,
    interpreter: InterpreterInfo,
    codeDir: string,
  ): Worker {
    const memoryMb = request.memoryMb ?? 128;
    const functionVersion = request.version ?? '$LATEST';
    const logGroupName = `/aws/lambda/${request.functionName}`;
    const logStreamName = newLogStreamName(functionVersion);
    const logMarker = `\u001e${randomBytes(12).toString('hex')}\u001e`;
    const env = buildWorkerEnvironment(
      {
        runtime,
        interpreter,
        handler: request.handler,
        codeDir,
        functionName: request.functionName,
        functionVersion,
        memoryMb,
        region: request.region,
        endpointUrl: request.endpointUrl,
        logGroupName,
        logStreamName,
        functionEnvironment: request.environment ?? {},
        credentials: request.credentials,
        sandbox: files,
        bootstrapPrivate: {
          _IAM_MUTATE_LOG_MARKER: logMarker,
          _IAM_MUTATE_MAX_RESPONSE_BYTES: String(MAX_RESPONSE_BYTES),
          // Only the pool makes standbys: a function variable of this name must not.
          _IAM_MUTATE_STANDBY: '0',
        },
      },
      options.hostEnvironment,
    );
    const args = runtime.family === 'python' ? pythonArgs : [files.bootstrap.node];
    const adopt = runtime.family === 'python' ? takeStandby(interpreter, env) : undefined;
    const worker = new Worker({
      executable: interpreter.executable,
      args,
      codeDir,
      env,
      logMarker,
      maxLogChars,
      initTimeoutMs,
      logGroupName,
      logStreamName,
      memoryMb,
      functionVersion,
      initNotes: initNotes(runtime, interpreter),
      ...(adopt && { standby: adopt }),
    });
    workersInitializing++;
    void worker.initialized.then(() => {
      workersInitializing--;
      replaceStandbyWhenQuiet();
    });
    return worker;
  }

  return {
    invoke,
    warm,
    describeRuntime,
    lookUpEarly,
    restart(functionId) {
      const slot = slots.get(functionId);
      if (!slot) return;
      slot.fingerprint = `${slot.fingerprint}~restarted`;
      retire(slot);
    },
    async stop() {
      stopped = true;
      if (quietTimer) clearTimeout(quietTimer);
      killAll();
      standby = undefined;
      for (const slot of slots.values()) for (const waiter of slot.waiters.splice(0)) waiter();
      slots.clear();
      process.removeListener('exit', killAll);
    },
    standby() {
      if (!standby?.available) return undefined;
      return {
        pid: standby.pid === undefined ? undefined : runtimePid(standby.pid),
        ready: standby.ready,
      };
    },
    workerPids(functionId) {
      return (slots.get(functionId)?.workers ?? [])
        .filter((w) => w.alive && w.pid !== undefined)
        .map((w) => w.pid!);
    },
  };
}

/** Everything that defines an execution environment; credentials and the event do not. */
function configFingerprint(
  request: Omit<InvokeRequest, 'event' | 'requestId' | 'timeoutMs'>,
  codeDir: string,
): string {
  const env = Object.entries(request.environment ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return createHash('sha256')
    .update(
      JSON.stringify([
        request.runtime,
        request.handler,
        codeDir,
        env,
        request.region,
        request.endpointUrl,
        request.memoryMb ?? 128,
        request.functionName,
        request.version ?? '$LATEST',
      ]),
    )
    .digest('hex');
}

/** Lambda's stream naming: `YYYY/MM/DD/[$LATEST]` and 32 hex digits, one stream per environment. */
function newLogStreamName(version: string): string {
  const now = new Date();
  const date = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${String(now.getUTCDate()).padStart(2, '0')}`;
  return `${date}/[${version}]${randomBytes(16).toString('hex')}`;
}

/**
 * The first lines of a cold start's log: like Lambda's INIT_START line, which interpreter (and
 * boto3) runs the function, so a failing mutant's log says what it ran on; and a note when the
 * local interpreter is not the version the runtime names.
 */
function initNotes(runtime: RuntimeId, interpreter: InterpreterInfo): string[] {
  const name = runtime.family === 'python' ? 'Python' : 'Node.js';
  const boto3 =
    runtime.family === 'python' ? `, boto3 ${interpreter.boto3Version ?? 'missing'}` : '';
  const notes = [
    `INIT_START Runtime Version: ${runtime.id} on local ${name} ${interpreter.version} (${interpreter.executable}${boto3})`,
  ];
  const local = interpreter.version
    .split('.')
    .slice(0, runtime.family === 'python' ? 2 : 1)
    .join('.');
  if (local !== runtime.majorMinor) {
    notes.push(
      `[iam-mutate] runtime ${runtime.id} runs on the local ${name} ${interpreter.version}`,
    );
  }
  return notes;
}
