/**
 * DUPLICATE_SID and MISSING_SID: every statement needs its own name, because the report's
 * table, annotations and suppressions all point at statements by Sid.
 */
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

export const duplicateSid: LintRule = {
  code: 'DUPLICATE_SID',
  severity: 'error',
  title: 'Two statements with the same Sid',
  help: 'Sids must be unique within a policy; IAM and most resource policies reject duplicates, and findings or suppressions naming the Sid become ambiguous.',
  docs: docs.sid,
  check({ policy, report }) {
    const seen = new Map<string, number>();
    for (const st of policy.statements) {
      if (!st.sid || st.sid.value === '') continue;
      const first = seen.get(st.sid.value);
      if (first === undefined) {
        seen.set(st.sid.value, st.index);
        continue;
      }
      report(st.sid, st, {
        message: `Sid ${quote(st.sid)} is also used by statement #${first}`,
        fix: `rename one of them, e.g. "${st.sid.value}${st.index}"`,
        relatedStatements: [first],
      });
    }
  },
};

export const missingSid: LintRule = {
  code: 'MISSING_SID',
  severity: 'note',
  title: 'Statement without a Sid',
  help: 'A Sid names the statement in the report, the pull-request comment and in suppressions (ignore: entries). Give every statement a short unique Sid (letters and digits).',
  docs: docs.sid,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.sid && st.sid.value !== '') continue;
      report(st, st, {
        message: `statement #${st.index} has no Sid`,
        fix: `add "Sid": "Statement${st.index}" (or a name saying what it is for)`,
      });
    }
  },
};
