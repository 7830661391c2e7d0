import { TOOL_NAME, VERSION } from '../version.js';

export const mainHelp = `${TOOL_NAME} ${VERSION} — prove IAM policies are least-privilege by mutation testing

Usage: ${TOOL_NAME} <command> [options]

Commands:
  run        Run the baseline and every mutant of each target policy; write the reports
  plan       Split the targets into balanced shards; print the GitHub Actions matrix (JSON)
  merge      Combine the shards' report.json files into one report; write every report file
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
  --jobs N|auto        Run N targets at once, each group with its own embedded emulator and
                       its own setup run (default: 1; auto: the cores available). Against an
                       endpoint or LocalEmu, targets always run one after another
  --shard I/N          Run only shard I of N (the same plan \`${TOOL_NAME} plan\` prints);
                       the report carries the shard's metadata for \`${TOOL_NAME} merge\`
  --plan FILE          With --shard: the matrix JSON \`${TOOL_NAME} plan\` printed, used as is
  --timings FILE       With --shard and no --plan: as for \`${TOOL_NAME} plan\`
  --changed-from FILE  With --shard and no --plan: as for \`${TOOL_NAME} plan\`
  -h, --help           Show this help
`,
  plan: `Usage: ${TOOL_NAME} plan (--shards N | --max-per-shard K) [options]

Splits the config's targets into balanced shards and prints, on stdout and nothing else,
the matrix for a GitHub Actions \`strategy.matrix: \${{ fromJSON(...) }}\`:
{"include":[{"shard":"1/4","targets":["policies/a.json",...]},...]}. Shards are balanced by
each target's duration in a previous run (--timings, or .iam-mutate-cache/timings.json when
a run left it), else by statement counts. Empty shards are left out.

Options:
  --config FILE        Config file (default: .github/iam-mutate.yml)
  --shards N           Split into N shards (1 to 256)
  --max-per-shard K    As many shards as needed for at most K targets each
  --changed-from FILE  Only the targets these changed paths touch (one repo-relative path a
                       line, e.g. git diff --name-only BASE...HEAD), chosen as the action
                       chooses them on a pull request
  --timings FILE       A previous report.json (its targets' durationMs) or {"policy": ms}
  -h, --help           Show this help
`,
  merge: `Usage: ${TOOL_NAME} merge REPORT ... [options]

Combines the report.json of every \`${TOOL_NAME} run --shard I/N\` (files, or directories
searched for report.json) into one report and writes every report file from it (report.json,
comment.md, results.sarif, mutation.json, report.html: all or none). Scores are recomputed
from the targets. A shard whose report is missing shows each of its targets as an error row
and breaks the gate (exit 3). Reports from different configs, tool versions or plans are
refused (exit 2).

Options:
  --report-dir DIR     Where the merged files are written (default: iam-mutate-report)
  --fail-on WHAT       unjustified | finding | none (default: unjustified)
  --report-url URL     Where the full report can be read, linked from comment.md
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
