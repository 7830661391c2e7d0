import { TOOL_NAME, VERSION } from '../version.js';

export const mainHelp = `${TOOL_NAME} ${VERSION} — prove IAM policies are least-privilege by mutation testing

Usage: ${TOOL_NAME} <command> [options]

Commands:
  run        Run the baseline and every mutant of each target policy; write the reports
  report     Re-render every report file from a saved report.json
  lint       Static findings for policy files (over-broad, wildcard, dangerous grants)
  emulator   Start the embedded IAM-enforcing AWS emulator
  demo       Run the bundled least-privilege example on the embedded emulator

Options:
  -h, --help     Show help (also: ${TOOL_NAME} <command> --help)
  -V, --version  Show the version

Exit codes: 0 all good; 1 the gate failed; 2 bad input or configuration; 3 the run broke;
130/143 interrupted (SIGINT/SIGTERM), after restoring the role.
`;

export const commandHelp: Record<string, string> = {
  run: `Usage: ${TOOL_NAME} run [options]

Runs the workload under each target policy (the baseline must pass), then under each mutant,
and writes report.json, comment.md, results.sarif, mutation.json and report.html (all of
them or, when something fails, none).

Options:
  --config FILE        Config file (default: .github/iam-mutate.yml)
  --report-dir DIR     Where reports are written (default: iam-mutate-report)
  --endpoint URL       Use a running AWS emulator instead of the configured one
  --only POLICY_FILE   Only this target (repeatable)
  --fail-on WHAT       unjustified | finding | none (default: unjustified)
  --no-authz-log       Ignore the emulator's authorization log: take denied actions from the
                       workload's response or error messages only (as with a plain LocalEmu)
  --no-cache           Run every target, even those unchanged since a cached run
  --allow-remote-emulator
                       Accept an emulator endpoint that is not on loopback (never AWS itself)
  -h, --help           Show this help
`,
  report: `Usage: ${TOOL_NAME} report --from report.json [options]

Re-renders every report file (report.json, comment.md, results.sarif, mutation.json,
report.html) from a saved report.json, e.g. a run's artifact, without running anything.
Policy files are read relative to the working directory, as the run named them.

Options:
  --from FILE          The saved report.json (required)
  --report-dir DIR     Where the files are written (default: iam-mutate-report)
  --config FILE        The config the report came from; names the PR comment's marker
                       (default: .github/iam-mutate.yml)
  --report-url URL     Where the full report can be read, linked from comment.md
  -h, --help           Show this help
`,
  lint: `Usage: ${TOOL_NAME} lint POLICY_FILE ... [options]

Static findings for policy files: over-broad, wildcard and dangerous statements
(rules: docs/lint-rules.md). Text output is one line per finding, file:line:col first.

Options:
  --format FORMAT      text | json | sarif (default: text)
  --fail-on LEVEL      error | warning | note | none: exit 1 when a finding is at least this
                       severe (default: warning); exit 2 when a file is not a readable policy
  --kind KIND          identity | trust | resource | permissions-boundary | scp
                       (default: detected; a Principal makes it resource, sts:AssumeRole trust)
  --policy-kind KIND   managed | inline: which size quota applies (default: managed)
  --account ID         The policies' own account, to tell cross-account trust apart
  -h, --help           Show this help
`,
  emulator: `Usage: ${TOOL_NAME} emulator [options]

Starts the embedded AWS emulator with IAM enforcement (no docker needed).

Options:
  --port PORT          Port to listen on (default: 4566; 0 picks a free one)
  --host HOST          Address to bind (default: 127.0.0.1)
  --enforcement MODE   strict | soft | off (default: strict; IAM_ENFORCEMENT=1|soft is honoured)
  -h, --help           Show this help
`,
  demo: `Usage: ${TOOL_NAME} demo

Runs the bundled least-privilege example (six services, six statements) on the embedded
emulator and prints the verdict for every statement.

Options:
  -h, --help           Show this help
`,
};
