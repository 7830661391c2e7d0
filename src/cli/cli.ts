import { describeFailure, ExitCode } from '../common/errors.js';
import { VERSION } from '../version.js';
import { demoCommand } from './commands/demo.js';
import { emulatorCommand } from './commands/emulator.js';
import { lintCommand } from './commands/lint.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { commandHelp, mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { parseCommandLine } from './parse-args.js';

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help': {
        const text = command.topic === undefined ? mainHelp : commandHelp[command.topic];
        if (text === undefined) {
          io.stderr(`iam-mutate: no help for '${command.topic}'\n\n${mainHelp}`);
          return ExitCode.badInput;
        }
        io.stdout(text);
        return ExitCode.ok;
      }
      case 'version':
        io.stdout(`${VERSION}\n`);
        return ExitCode.ok;
      case 'run':
        return await runCommand(command, io);
      case 'report':
        return await reportCommand(command, io);
      case 'lint':
        return await lintCommand(command, io);
      case 'emulator':
        return await emulatorCommand(command, io);
      case 'demo':
        return await demoCommand(io);
    }
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    io.stderr(`iam-mutate: ${message}\n`);
    return exitCode;
  }
}
