/** Every rule, in the order findings are listed. Codes are stable: never rename one. */
import type { LintRule, RuleMeta } from './lint-types.js';
import { allowNotAction, allowNotPrincipal, allowNotResource } from './rules/allow-not-elements.js';
import { broadWildcard } from './rules/broad-wildcard.js';
import { conditionKeyNotApplicable } from './rules/condition-key-not-applicable.js';
import { passRoleWildcard } from './rules/passrole-wildcard.js';
import { policyTooLarge } from './rules/policy-too-large.js';
import { privilegeEscalation } from './rules/privilege-escalation.js';
import { redundantStatement } from './rules/redundant-statement.js';
import { resourceMismatch } from './rules/resource-mismatch.js';
import { credentialsExposure, dataExfiltration } from './rules/sensitive-on-any.js';
import { duplicateSid, missingSid } from './rules/sid-rules.js';
import { trustAnyPrincipal, trustCrossAccountNoExternalId } from './rules/trust-rules.js';
import { unknownAction, unknownService } from './rules/unknown-action.js';
import { unknownConditionOperator } from './rules/unknown-condition-operator.js';
import { wildcardAction } from './rules/wildcard-action.js';
import { wildcardResource } from './rules/wildcard-resource.js';
import { serviceWildcard } from './rules/service-wildcard.js';

export const RULES: readonly LintRule[] = [
  wildcardAction,
  serviceWildcard,
  broadWildcard,
  wildcardResource,
  allowNotAction,
  allowNotResource,
  allowNotPrincipal,
  privilegeEscalation,
  passRoleWildcard,
  dataExfiltration,
  credentialsExposure,
  unknownService,
  unknownAction,
  resourceMismatch,
  conditionKeyNotApplicable,
  unknownConditionOperator,
  duplicateSid,
  missingSid,
  redundantStatement,
  policyTooLarge,
  trustAnyPrincipal,
  trustCrossAccountNoExternalId,
];

/** Rule metadata without the check, for help texts and SARIF. */
export function ruleMetadata(): RuleMeta[] {
  return RULES.map(({ code, severity, title, help, docs }) => ({
    code,
    severity,
    title,
    help,
    docs,
  }));
}
