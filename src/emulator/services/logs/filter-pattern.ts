/**
 * CloudWatch Logs filter patterns, the text subset: space-separated terms that must all appear
 * (case-sensitive), "quoted phrases", `?term` alternatives (any one must appear) and `-term`
 * exclusions. JSON and space-delimited patterns (`{ $.x = 1 }`, `[ip, user]`) match nothing here
 * rather than everything, so a test never sees events AWS would have filtered out.
 */
export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (text.startsWith('{') || text.startsWith('[')) return () => false;
  const required: string[] = [];
  const optional: string[] = [];
  const excluded: string[] = [];
  for (const match of text.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
    const term = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
    if (match[1] === '?') optional.push(term);
    else if (match[1] === '-') excluded.push(term);
    else required.push(term);
  }
  return (message) =>
    required.every((t) => message.includes(t)) &&
    (optional.length === 0 || optional.some((t) => message.includes(t))) &&
    excluded.every((t) => !message.includes(t));
}
