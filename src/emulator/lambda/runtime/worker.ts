import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { launcherCommand, runtimePid } from './clean-launcher.js';
import { encodeFrame, FrameDecoder } from './frame-codec.js';
import { killProcessTree, peakMemoryMb } from './kill-tree.js';
import { LogCapture } from './log-capture.js';
import { watchMemory } from './memory-watch.js';
import {
  exitError,
  responseTooLargeError,
  timeoutError,
  type PlatformError,
} from './platform-errors.js';
import type { Standby } from './standby.js';
import type { AwsCredentials, FunctionErrorCause, InvokeResult } from './types.js';

export interface WorkerOptions {
  readonly executable: string;
  readonly args: readonly string[];
  readonly codeDir: string;
  readonly env: Readonly<Record<string, string>>;
  /** Per-worker random token the bootstrap writes on stdout/stderr after each invocation. */
  readonly logMarker: string;
  readonly maxLogChars: number;
  readonly initTimeoutMs: number;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly memoryMb: number;
  readonly functionVersion: string;
  /** Lines the emulator adds to the first invocation's log (e.g. an interpreter version note). */
  readonly initNotes: readonly string[];
  /**
   * A Python standby to adopt instead of spawning (standby.ts): it gets `env` and `codeDir`
   * in an adopt frame and goes on as a worker spawned with them would.
   */
  readonly standby?: Standby;
}

export interface WorkerInvocation {
  readonly requestId: string;
  readonly event: string;
  readonly timeoutMs: number;
  readonly credentials: AwsCredentials;
  readonly invokedFunctionArn: string;
  readonly clientContext?: string;
}

/** What the bootstrap sends on fd 4. */
type WorkerMessage =
  | { t: 'ready' }
  | { t: 'init-error'; error: { errorType?: string }; payload?: string }
  | { t: 'result'; requestId: string; payload: string }
  | { t: 'error'; requestId: string; error: { errorType?: string }; payload?: string }
  | { t: 'too-large'; requestId: string };

type Exit = { readonly code: number | null; readonly signal: NodeJS.Signals | null };

/** How long to wait for log markers / pipe closes before answering anyway. */
const LOG_SETTLE_MS = 1000;
const KILL_SETTLE_MS = 300;

/**
 * One runtime process: a Lambda execution environment. It loads the handler once (the cold
 * start), then serves one invocation at a time for as long as it lives. Timeouts kill its whole
 * process tree; a crash or timeout leaves it dead, and the pool replaces it.
 */
export class Worker {
  readonly #options: WorkerOptions;
  readonly #child: ChildProcess;
  readonly #control: Writable;
  readonly #logs: LogCapture;
  readonly #decoder: FrameDecoder;
  readonly #exited: Promise<Exit>;
  #exit: Exit | undefined;
  #initialized = false;
  #busy = false;
  #waiting: ((message: WorkerMessage | Exit) => void) | undefined;
  #inbox: WorkerMessage[] = [];
  #spawnError: string | undefined;

  constructor(options: WorkerOptions) {
    this.#options = options;
    this.#logs = new LogCapture(options.logMarker, options.maxLogChars);
    const adopted = options.standby?.release();
    this.adopted = adopted !== undefined;
    this.#decoder = adopted?.decoder ?? new FrameDecoder();
    // Through a launcher with the worker's own clean environment: the runtime's parent is it,
    // not the emulator, whose environment may hold CI tokens (clean-launcher.ts).
    const launcher = launcherCommand(options.executable, options.args);
    this.#child =
      adopted?.child ??
      spawn(launcher.command, launcher.args, {
        cwd: options.codeDir,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
        // Its own process group, so a timeout can kill everything the handler started.
        detached: process.platform !== 'win32',
      });
    this.#control = this.#child.stdio[3] as Writable;
    this.#logs.attach(this.#child.stdout!);
    this.#logs.attach(this.#child.stderr!);
    const fromWorker = this.#child.stdio[4] as Readable;
    fromWorker.on('data', (chunk: Buffer) => this.#onFrames(chunk));
    this.#control.on('error', () => {}); // EPIPE after a crash; the exit event reports it
    fromWorker.on('error', () => {});
    this.#exited = new Promise((resolve) => {
      this.#child.once('exit', (code, signal) => {
        this.#exit = { code, signal };
        this.#deliver(this.#exit);
        resolve(this.#exit);
      });
      this.#child.once('error', (error) => {
        this.#spawnError = error.message;
        this.#exit = { code: null, signal: null };
        this.#deliver(this.#exit);
        resolve(this.#exit);
      });
    });
    this.#holdEventLoop(false);
    if (adopted) {
      // Read by the standby as soon as its preload is done (it may still be importing).
      this.#control.write(
        encodeFrame({ t: 'adopt', env: options.env, base: adopted.baseEnv, cwd: options.codeDir }),
      );
    }
  }

  /** Started from a standby rather than spawned for this function. */
  readonly adopted: boolean;

  #markInitialized: () => void = () => undefined;
  /** Settles once the init phase is over: the handler loaded, failed to, or the process died. */
  readonly initialized = new Promise<void>((resolve) => {
    this.#markInitialized = resolve;
  });

  /**
   * Idle workers must not keep the emulator's process alive (pool.stop() and the pool's exit
   * hook end them); a worker that is running an invocation must, until it has answered.
   */
  #holdEventLoop(hold: boolean): void {
    const handles = [this.#child, ...this.#child.stdio] as Array<{
      ref?: () => void;
      unref?: () => void;
    } | null>;
    for (const handle of handles) {
      if (hold) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /** The log stream name is unique to this worker and inherited by whatever it starts. */
  get #environMarker(): string {
    return `AWS_LAMBDA_LOG_STREAM_NAME=${this.#options.logStreamName}\u0000`;
  }

  #runtimePid: number | undefined;

  /** The runtime process (the launcher's child), where the handler runs. */
  get pid(): number | undefined {
    const launcher = this.#child.pid;
    if (this.#runtimePid === undefined && launcher !== undefined && this.alive) {
      this.#runtimePid = runtimePid(launcher);
    }
    return this.#runtimePid ?? launcher;
  }

  get alive(): boolean {
    return this.#exit === undefined;
  }

  get busy(): boolean {
    return this.#busy;
  }

  kill(): void {
    if (this.#child.pid !== undefined && this.alive) {
      killProcessTree(this.#child.pid, this.#environMarker);
    }
  }

  async invoke(request: WorkerInvocation): Promise<InvokeResult> {
    if (this.#busy) throw new Error('worker is busy: the pool hands it one invocation at a time');
    this.#busy = true;
    this.#holdEventLoop(true);
    // Past its MemorySize the runtime is killed, as Lambda does: Runtime.ExitError "signal: killed".
    const stopWatching = watchMemory(
      () => (this.alive ? this.pid : undefined),
      this.#options.memoryMb,
      (residentMb) => {
        this.#lastMemoryMb = residentMb;
        this.kill();
      },
    );
    try {
      return await this.#invoke(request);
    } finally {
      stopWatching();
      this.#busy = false;
      this.#holdEventLoop(false);
    }
  }

  async #invoke(request: WorkerInvocation): Promise<InvokeResult> {
    const { requestId } = request;
    let initLog = '';
    let initDurationMs: number | undefined;
    if (!this.#initialized) {
      const initStart = performance.now();
      const outcome = await this.#next(this.#options.initTimeoutMs);
      initDurationMs = performance.now() - initStart;
      if (this.#spawnError !== undefined) {
        return {
          kind: 'environment-error',
          requestId,
          message: `could not start ${this.#options.executable}: ${this.#spawnError}`,
        };
      }
      if (outcome === 'timeout') {
        return this.#fail(
          requestId,
          initDurationMs,
          undefined,
          'timeout',
          await this.#killFor(timeoutError(requestId, initDurationMs, new Date())),
          '',
        );
      }
      if ('code' in outcome) {
        return this.#fail(
          requestId,
          initDurationMs,
          undefined,
          'exit',
          await this.#settleExit(exitError(requestId, outcome.code, outcome.signal)),
          '',
        );
      }
      await this.#logs.waitForMarkers(LOG_SETTLE_MS);
      initLog = this.#options.initNotes.map((n) => `${n}\n`).join('') + this.#logs.take();
      if (outcome.t === 'init-error') {
        // Lambda answers the init error for this invoke and runs init again next time.
        this.kill();
        const payload = outcome.payload ?? JSON.stringify(outcome.error);
        return this.#finish(requestId, initLog, 0, initDurationMs, {
          kind: 'function-error',
          functionError: 'Unhandled',
          cause: 'init',
          errorType: outcome.error.errorType ?? 'Runtime.Unknown',
          payload,
        });
      }
      if (outcome.t !== 'ready') throw new Error(`worker sent ${outcome.t} before ready`);
      this.#initialized = true;
    }

    const started = performance.now();
    this.#control.write(
      encodeFrame({
        t: 'invoke',
        requestId,
        event: request.event,
        deadlineMs: Date.now() + request.timeoutMs,
        credentials: request.credentials,
        invokedFunctionArn: request.invokedFunctionArn,
        clientContext: request.clientContext ?? null,
      }),
    );
    const outcome = await this.#next(request.timeoutMs);
    const durationMs = performance.now() - started;
    if (outcome === 'timeout') {
      return this.#fail(
        requestId,
        durationMs,
        initDurationMs,
        'timeout',
        await this.#killFor(timeoutError(requestId, durationMs, new Date())),
        initLog,
      );
    }
    if ('code' in outcome) {
      return this.#fail(
        requestId,
        durationMs,
        initDurationMs,
        'exit',
        await this.#settleExit(exitError(requestId, outcome.code, outcome.signal)),
        initLog,
      );
    }
    await this.#logs.waitForMarkers(LOG_SETTLE_MS);
    switch (outcome.t) {
      case 'result':
        return this.#finish(requestId, initLog, durationMs, initDurationMs, {
          kind: 'ok',
          payload: outcome.payload,
        });
      case 'error':
        return this.#finish(requestId, initLog, durationMs, initDurationMs, {
          kind: 'function-error',
          functionError: 'Unhandled',
          cause: 'handler',
          errorType: outcome.error.errorType ?? '',
          payload: outcome.payload ?? JSON.stringify(outcome.error),
        });
      case 'too-large': {
        const error = responseTooLargeError(requestId);
        this.#logs.appendPlatformLine(error.logLine);
        return this.#finish(requestId, initLog, durationMs, initDurationMs, {
          kind: 'function-error',
          functionError: 'Unhandled',
          cause: 'handler',
          errorType: error.errorType,
          payload: error.payload,
        });
      }
      default:
        this.kill();
        throw new Error(`worker sent ${outcome.t} during an invocation`);
    }
  }

  /** Kills the tree after a timeout and waits (briefly) for its last output. */
  async #killFor(error: PlatformError): Promise<PlatformError> {
    const memory = this.pid === undefined ? undefined : peakMemoryMb(this.pid);
    this.#lastMemoryMb = memory;
    this.kill();
    return this.#settleExit(error);
  }

  async #settleExit(error: PlatformError): Promise<PlatformError> {
    await Promise.race([this.#exited, delay(KILL_SETTLE_MS)]);
    await this.#logs.waitForMarkers(KILL_SETTLE_MS);
    // A crashed runtime's children (still holding its stdout) go with it.
    if (this.#child.pid !== undefined) killProcessTree(this.#child.pid, this.#environMarker);
    this.#logs.appendPlatformLine(error.logLine);
    return error;
  }

  #lastMemoryMb: number | undefined;

  #fail(
    requestId: string,
    durationMs: number,
    initDurationMs: number | undefined,
    cause: FunctionErrorCause,
    error: PlatformError,
    initLog: string,
  ): InvokeResult {
    return this.#finish(requestId, initLog, durationMs, initDurationMs, {
      kind: 'function-error',
      functionError: 'Unhandled',
      cause,
      errorType: error.errorType,
      payload: error.payload,
    });
  }

  #finish(
    requestId: string,
    initLog: string,
    durationMs: number,
    initDurationMs: number | undefined,
    outcome:
      | { kind: 'ok'; payload: string }
      | {
          kind: 'function-error';
          functionError: 'Unhandled';
          cause: FunctionErrorCause;
          errorType: string;
          payload: string;
        },
  ): InvokeResult {
    const memory =
      (this.alive && this.pid !== undefined ? peakMemoryMb(this.pid) : undefined) ??
      this.#lastMemoryMb;
    const { memoryMb, functionVersion, logGroupName, logStreamName } = this.#options;
    const report =
      `REPORT RequestId: ${requestId}\tDuration: ${durationMs.toFixed(2)} ms\tBilled Duration: ${Math.max(1, Math.ceil(durationMs))} ms\t` +
      `Memory Size: ${memoryMb} MB\tMax Memory Used: ${memory ?? 0} MB\t` +
      (initDurationMs === undefined ? '' : `Init Duration: ${initDurationMs.toFixed(2)} ms\t`);
    const body = this.#logs.take();
    const logs =
      initLog +
      `START RequestId: ${requestId} Version: ${functionVersion}\n` +
      body +
      (body === '' || body.endsWith('\n') ? '' : '\n') +
      `END RequestId: ${requestId}\n${report}\n`;
    return {
      ...outcome,
      requestId,
      logs,
      logGroupName,
      logStreamName,
      durationMs,
      ...(initDurationMs === undefined ? {} : { initDurationMs }),
      ...(this.pid === undefined ? {} : { workerPid: this.pid }),
    };
  }

  /** The next message from the worker, its exit, or 'timeout'. */
  #next(timeoutMs: number): Promise<WorkerMessage | Exit | 'timeout'> {
    const queued = this.#inbox.shift();
    if (queued) return Promise.resolve(queued);
    if (this.#exit) return Promise.resolve(this.#exit);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        resolve('timeout');
      }, timeoutMs);
      this.#waiting = (message) => {
        clearTimeout(timer);
        this.#waiting = undefined;
        resolve(message);
      };
    });
  }

  #deliver(message: WorkerMessage | Exit): void {
    if ('code' in message || message.t === 'ready' || message.t === 'init-error') {
      // The runtime just spoke, so it is alive: note its pid now, before an init error kills
      // it (the pid answered with that error would otherwise be the launcher's).
      if (!('code' in message)) void this.pid;
      this.#markInitialized();
    }
    if (this.#waiting) this.#waiting(message);
    else if (!('code' in message)) this.#inbox.push(message);
  }

  #onFrames(chunk: Buffer): void {
    let messages: unknown[];
    try {
      messages = this.#decoder.push(chunk);
    } catch {
      this.kill(); // protocol violation: the exit event answers the invocation
      return;
    }
    for (const message of messages) {
      // An adopted standby that was still importing says how that ended before it goes on
      // (as a fresh worker, after standby-failed; python-bootstrap.ts, _standby).
      const t = (message as { t?: string }).t;
      if (this.adopted && (t === 'standby-ready' || t === 'standby-failed')) continue;
      this.#deliver(message as WorkerMessage);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
