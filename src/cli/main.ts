#!/usr/bin/env node
import { runCli } from './cli.js';
import { processIo } from './io.js';

// iam-mutate pins its AWS SDK version and supports Node 20 on purpose: the SDK's notice that
// future releases will need Node 22 would only clutter every run's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Set exitCode rather than calling process.exit so pending output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), processIo());
