import { InputError } from '../common/errors.js';

/**
 * Reads the KEY=VALUE lines a setup script appended to $IAM_MUTATE_OUTPUT. Blank lines and
 * `#` comments are skipped; anything else that is not KEY=VALUE is an error naming its line,
 * because a silently dropped output would later attach a policy with `${KEY}` left in it.
 */
export function parseSetupOutputs(text: string, file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) {
      throw new InputError([
        {
          file,
          position: { line: i + 1, column: 1 },
          message: `setup output is not KEY=VALUE: ${JSON.stringify(line.slice(0, 80))}`,
          severity: 'error',
        },
      ]);
    }
    outputs[match[1] as string] = match[2] as string;
  });
  return outputs;
}
