/**
 * `::error file=…,line=…::message` workflow commands: the annotations a job can make without
 * any token permission (the fallback when check runs are forbidden). Escaping follows the
 * runner's own rules (@actions/core's command.ts): %, CR and LF in the message; also : and ,
 * in property values, or a file name with a comma would end the property early.
 */
export interface Annotation {
  /** Repo-relative path. */
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(a: Annotation): string {
  const command = a.level === 'failure' ? 'error' : a.level;
  const props = [
    `file=${escapeCommandProperty(a.path)}`,
    `line=${a.startLine}`,
    ...(a.endLine !== a.startLine ? [`endLine=${a.endLine}`] : []),
    ...(a.startColumn !== undefined && a.endLine === a.startLine ? [`col=${a.startColumn}`] : []),
    `title=${escapeCommandProperty(a.title)}`,
  ];
  return `::${command} ${props.join(',')}::${escapeCommandData(a.message)}`;
}
