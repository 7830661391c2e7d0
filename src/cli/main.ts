#!/usr/bin/env node
import { runCli } from './cli.js';
import { processIo } from './io.js';

// Set exitCode rather than calling process.exit so pending output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), processIo());
