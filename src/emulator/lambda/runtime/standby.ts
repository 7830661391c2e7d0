import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { launcherCommand } from './clean-launcher.js';
import { FrameDecoder } from './frame-codec.js';
import { killProcessTree } from './kill-tree.js';

export interface StandbyOptions {
  /** The probed interpreter: a standby is adopted only by functions that run on this one. */
  readonly executable: string;
  readonly args: readonly string[];
  /** The function-independent environment (invocation-env.ts, standbyEnvironment). */
  readonly env: Readonly<Record<string, string>>;
  /** Where it waits; adoption moves it into the function's code directory. */
  readonly cwd: string;
}

/** What a Worker takes over from an adopted standby. */
export interface AdoptedProcess {
  readonly child: ChildProcess;
  /** Its fd 4 decoder, with any part of a frame already read (a split standby-ready). */
  readonly decoder: FrameDecoder;
  /** The environment the standby was started with (the bootstrap diffs it, see _adopt). */
  readonly baseEnv: Readonly<Record<string, string>>;
}

/**
 * A Python runtime started before any function asks for one (python-bootstrap.ts, standby
 * mode): through the same clean launcher, as its own process group and session, with the
 * pool's allow-listed environment minus everything function-specific. It imports boto3 and
 * botocore's shared data, says `standby-ready` on fd 4, and waits on fd 3. `release()` hands
 * the live process to a Worker, which sends the adopt frame. Its stdout/stderr are not read
 * meanwhile, so whatever it prints waits in the pipe and lands in the adopting worker's init
 * log, where a fresh worker's would be.
 */
export class Standby {
  readonly options: StandbyOptions;
  readonly #child: ChildProcess;
  readonly #decoder = new FrameDecoder();
  readonly #onData = (chunk: Buffer): void => this.#onFrames(chunk);
  readonly #onExit = (): void => {
    this.#exited = true;
  };
  #exited = false;
  #ready = false;
  #released = false;

  constructor(options: StandbyOptions) {
    this.options = options;
    const launcher = launcherCommand(options.executable, options.args);
    this.#child = spawn(launcher.command, launcher.args, {
      cwd: options.cwd,
      env: { ...options.env, _IAM_MUTATE_STANDBY: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    (this.#child.stdio[3] as Writable).on('error', () => {});
    const fromStandby = this.#child.stdio[4] as Readable;
    fromStandby.on('error', () => {});
    fromStandby.on('data', this.#onData);
    this.#child.once('exit', this.#onExit);
    this.#child.once('error', this.#onExit);
    // An idle standby never keeps the emulator's process alive.
    for (const handle of [this.#child, ...this.#child.stdio] as Array<{
      unref?: () => void;
    } | null>)
      handle?.unref?.();
  }

  /** Alive and not yet handed out (it may still be importing). */
  get available(): boolean {
    return !this.#exited && !this.#released;
  }

  /** It finished preloading (a standby still importing can be adopted too: it reads fd 3 next). */
  get ready(): boolean {
    return this.#ready;
  }

  /** It died before anyone adopted it (a failed preload is killed): the pool makes no more. */
  get failed(): boolean {
    return this.#exited && !this.#released;
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /**
   * Hands the process over: the caller attaches its own listeners in the same tick (no frame
   * or exit event can be missed in between). Only while `available`.
   */
  release(): AdoptedProcess {
    if (!this.available) throw new Error('standby is not available');
    this.#released = true;
    (this.#child.stdio[4] as Readable).removeListener('data', this.#onData);
    this.#child.removeListener('exit', this.#onExit);
    this.#child.removeListener('error', this.#onExit);
    return {
      child: this.#child,
      decoder: this.#decoder,
      baseEnv: { ...this.options.env, _IAM_MUTATE_STANDBY: '1' },
    };
  }

  kill(): void {
    if (this.#child.pid !== undefined && !this.#exited && !this.#released) {
      killProcessTree(this.#child.pid);
    }
  }

  #onFrames(chunk: Buffer): void {
    let messages: unknown[];
    try {
      messages = this.#decoder.push(chunk);
    } catch {
      this.kill();
      return;
    }
    for (const message of messages) {
      if ((message as { t?: string }).t === 'standby-ready') this.#ready = true;
      else this.kill(); // standby-failed (its preload raised), or a protocol violation
    }
  }
}
