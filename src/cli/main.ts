#!/usr/bin/env node
import { runCli } from './cli.js';
import { processIo } from './io.js';

// iam-mutate pins its AWS SDK version and supports Node 20 on purpose: the SDK's notice that
// future releases will need Node 22 would only clutter every run's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

process.exitCode = await runCli(process.argv.slice(2), processIo());
// Exit once everything written has reached stdout and stderr (a pipe may still hold some):
// left to itself, node would then spend 15-30 ms tearing down the emulator's heap, which the
// operating system frees anyway. Everything the run started has been stopped by now.
await Promise.all(
  [process.stdout, process.stderr].map(
    (stream) => new Promise<void>((resolve) => stream.write('', () => resolve())),
  ),
);
process.exit();
