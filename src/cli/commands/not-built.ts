import { RunError } from '../../common/errors.js';

/** A subcommand whose capability has not landed: fail loudly (exit 3) rather than pretend. */
export function notBuiltYet(what: string): never {
  throw new RunError(`${what} is not built yet in this version of iam-mutate`);
}
