/**
 * A generic SARIF 2.1.0 log builder: rule metadata plus located results in, one SARIF log out.
 * Used by `iam-mutate lint --format sarif`, and meant for any other producer of located
 * results (the run's unjustified statements), so it knows nothing about lint or mutation.
 * Validated against the OASIS schema in test/report/sarif.test.ts.
 */

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  /** Stable id, e.g. WILDCARD_RESOURCE. */
  id: string;
  /** One-line description. */
  title: string;
  /** Longer help text (plain text). */
  help: string;
  /** Documentation page, e.g. the AWS page that explains the behaviour. */
  helpUri?: string;
  defaultLevel: SarifLevel;
}

export interface SarifResultInput {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** File path as the user named it; relative paths are kept relative (uriBaseId SRCROOT). */
  file: string;
  /** 1-based. */
  line?: number;
  column?: number;
  /** Kept in the log but marked: suppressions are never dropped. */
  suppressed?: { reason: string };
  /** Extra facts (fix, sid, statementIndex...), emitted as the result's property bag. */
  properties?: Record<string, unknown>;
}

export interface SarifToolInfo {
  name: string;
  version: string;
  informationUri?: string;
}

export function buildSarifLog(
  tool: SarifToolInfo,
  rules: readonly SarifRule[],
  results: readonly SarifResultInput[],
): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri && { informationUri: tool.informationUri }),
            rules: rules.map((r) => ({
              id: r.id,
              name: toPascalCase(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.help },
              help: { text: r.helpUri ? `${r.help}\n\nSee ${r.helpUri}` : r.help },
              ...(r.helpUri && { helpUri: r.helpUri }),
              defaultConfiguration: { level: r.defaultLevel },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { description: { text: 'The working directory.' } } },
        results: results.map((r) => {
          const index = ruleIndex.get(r.ruleId);
          const region =
            r.line !== undefined
              ? { startLine: r.line, ...(r.column !== undefined && { startColumn: r.column }) }
              : undefined;
          return {
            ruleId: r.ruleId,
            ...(index !== undefined && { ruleIndex: index }),
            level: r.level,
            message: { text: r.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(r.file),
                  ...(region && { region }),
                },
              },
            ],
            ...(r.suppressed && {
              suppressions: [{ kind: 'external', justification: r.suppressed.reason }],
            }),
            ...(r.properties && { properties: r.properties }),
          };
        }),
      },
    ],
  };
}

/** Relative paths stay relative to SRCROOT (what GitHub code scanning expects); `\` -> `/`. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^([A-Za-z]:)?\//.test(slashed)) {
    return { uri: `file://${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}` };
  }
  return { uri: encodeURI(slashed.replace(/^(\.\/)+/, '')), uriBaseId: 'SRCROOT' };
}

function toPascalCase(id: string): string {
  return id
    .toLowerCase()
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
