import { describeFailure, ExitCode } from '../common/errors.js';
import { VERSION } from '../version.js';
import { commandHelp, mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { parseCommandLine } from './parse-args.js';

// Each command is loaded when it runs (a separate chunk in the bundle): `--version` and `--help`
// then start without parsing the emulator, the AWS SDK clients or the schemas, and `run
// --endpoint` without the emulator.

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
        return await (await import('./commands/run.js')).runCommand(command, io);
      case 'plan':
        return await (await import('./commands/plan.js')).planCommand(command, io);
      case 'merge':
        return await (await import('./commands/merge.js')).mergeCommand(command, io);
      case 'report':
        return await (await import('./commands/report.js')).reportCommand(command, io);
      case 'lint':
        return await (await import('./commands/lint.js')).lintCommand(command, io);
      case 'emulator':
        return await (await import('./commands/emulator.js')).emulatorCommand(command, io);
      case 'demo':
        return await (await import('./commands/demo.js')).demoCommand(io);
    }
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    io.stderr(`iam-mutate: ${message}\n`);
    return exitCode;
  }
}
