/**
 * UNKNOWN_SERVICE and UNKNOWN_ACTION: names the catalog does not know, with the closest real
 * name. IAM accepts them silently and they match nothing, so an Allow with a typo grants
 * nothing and a Deny with a typo protects nothing.
 */
import {
  type Located,
  type ParsedStatement,
  catalogSource,
  expandActionPattern,
  listServices,
} from '../../policy/index.js';
import { expandPattern, hasWildcard } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { closestName } from '../closest-name.js';
import { type LintRule, quote } from '../lint-types.js';

let services: Set<string> | undefined;
function knownServices(): Set<string> {
  services ??= new Set(listServices());
  return services;
}

const suggestions = new Map<string, string | undefined>();

/**
 * closestName, memoised: the corpus repeats the same misspellings across policies, and each
 * one costs an edit distance against every name of a service. Keyed by the lower-cased word
 * (closestName ignores case) and what it is compared against.
 */
function suggestion(key: string, compute: () => string | undefined): string | undefined {
  if (suggestions.has(key)) return suggestions.get(key);
  const near = compute();
  if (suggestions.size < 10_000) suggestions.set(key, near);
  return near;
}

/** Action then NotAction (a parsed policy has at most one of them), without copying. */
function actionLists(st: ParsedStatement): (Located<string>[] | undefined)[] {
  return [st.action, st.notAction];
}

export const unknownService: LintRule = {
  code: 'UNKNOWN_SERVICE',
  severity: 'warning',
  title: 'Service prefix that does not exist',
  help: `The service prefix is not in the Service Authorization Reference (catalog ${catalogSource}). IAM accepts it but it matches no request. Fix the spelling.`,
  docs: docs.serviceReference,
  check({ policy, report }) {
    for (const st of policy.statements) {
      for (const list of actionLists(st)) {
        if (!list) continue;
        for (const a of list) {
          const v = a.value.trim();
          const colon = v.indexOf(':');
          if (v === '*' || colon <= 0) continue;
          const svc = v.slice(0, colon);
          if (hasWildcard(svc) || knownServices().has(svc.toLowerCase())) continue;
          const near = suggestion(`service ${svc.toLowerCase()}`, () =>
            closestName(svc, knownServices()),
          );
          report(a, st, {
            message: `${quote(a)}: no AWS service has the prefix "${svc}"${near ? ` (did you mean "${near}"?)` : ''}`,
            fix: near
              ? `write "${near}${v.slice(colon)}"`
              : 'use a service prefix from the Service Authorization Reference',
          });
        }
      }
    }
  },
};

export const unknownAction: LintRule = {
  code: 'UNKNOWN_ACTION',
  severity: 'warning',
  title: 'Action that does not exist',
  help: `The action is not in the Service Authorization Reference (catalog ${catalogSource}), or the wildcard matches no action. IAM accepts it but it matches no request. Fix the spelling; if AWS added the action after the catalog was built, update iam-mutate.`,
  docs: docs.serviceReference,
  check({ policy, report }) {
    for (const st of policy.statements) {
      for (const list of actionLists(st)) {
        if (!list) continue;
        for (const a of list) {
          const v = a.value.trim();
          const colon = v.indexOf(':');
          if (v === '*' || colon <= 0) continue;
          const svc = v.slice(0, colon);
          if (hasWildcard(svc) || !knownServices().has(svc.toLowerCase())) continue;
          if (expandPattern(v).length > 0) continue;
          if (hasWildcard(v)) {
            report(a, st, {
              message: `${quote(a)} matches no ${svc} action`,
              fix: `check the spelling; ${svc} actions are listed in the Service Authorization Reference`,
            });
            continue;
          }
          // The candidates are the actions of v's own service, so v alone is the key.
          const near = suggestion(`action ${v.toLowerCase()}`, () =>
            closestName(v, expandActionPattern(`${svc}:*`)),
          );
          report(a, st, {
            message: `${quote(a)} is not a ${svc} action${near ? ` (did you mean "${near}"?)` : ''}`,
            fix: near
              ? `write "${near}"`
              : `use an action of ${svc} from the Service Authorization Reference`,
          });
        }
      }
    }
  },
};
