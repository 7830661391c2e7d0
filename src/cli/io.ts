/** Everything a CLI command may touch, passed in so tests can run commands in-process. */
export interface CliIo {
  /** Machine-readable results (reports, JSON, SARIF) only. */
  stdout: (text: string) => void;
  /** Progress, messages and errors for people. */
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when stderr is a terminal (progress may redraw lines). */
  interactive: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
  };
}
