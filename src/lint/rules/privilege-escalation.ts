/**
 * PRIVILEGE_ESCALATION: actions, alone or combined across statements, that let the holder
 * give itself more permissions than the policy grants. The paths are the documented ones
 * (Rhino Security Labs' "AWS IAM privilege escalation methods", the basis of Cloudsplaining's
 * and PMapper's lists), evaluated over the whole policy after wildcard expansion.
 *
 * Creating an access key or a login profile only for the caller's own user
 * (`user/${aws:username}`, AWS's self-service example) is not an escalation and is skipped.
 */
import { docs } from '../aws-docs.js';
import { ActionSet, type Grant } from '../grants.js';
import { type LintRule, statementName } from '../lint-types.js';

const PATHS: readonly (readonly string[])[] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy'],
  ['iam:AddUserToGroup'],
  ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['lambda:UpdateFunctionCode'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['glue:UpdateDevEndpoint'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
];

const SELF_SERVICE = new Set([
  'iam:createaccesskey',
  'iam:createloginprofile',
  'iam:updateloginprofile',
]);

const ESCALATION_ACTIONS = new ActionSet([...new Set(PATHS.flat())]);

export const privilegeEscalation: LintRule = {
  code: 'PRIVILEGE_ESCALATION',
  severity: 'error',
  title: 'Actions that let the holder escalate its own privileges',
  help: 'The policy grants an action (or a combination of actions, possibly across statements) that lets its holder obtain permissions it was not given: changing policies, creating credentials for other users, or passing a more privileged role to a compute service it can run code on. Remove the action or scope its Resource to principals that are not more privileged.',
  docs: docs.passRole,
  check({ policy, report }) {
    const byIndex = ESCALATION_ACTIONS.grantsOf(policy);
    const grants = (action: string): Grant[] =>
      byIndex[ESCALATION_ACTIONS.actions.indexOf(action)]!.filter(
        (x) => !selfServiceOnly(action, x),
      );
    // Group the paths by the statements that make them up, so a policy with "*" gets one
    // finding listing every path rather than twenty findings on one statement.
    const groups = new Map<string, { first: Grant; paths: string[]; indexes: number[] }>();
    for (const path of PATHS) {
      // The first grant of each action of the path; none when one action is not granted.
      const chosen: Grant[] = [];
      for (const a of path) {
        const g = grants(a)[0];
        if (!g) break;
        chosen.push(g);
      }
      if (chosen.length < path.length) continue;
      const indexes = [...new Set(chosen.map((g) => g.statement.index))].sort((x, y) => x - y);
      const key = indexes.join(',');
      const group = groups.get(key) ?? { first: chosen[0]!, paths: [], indexes };
      group.paths.push(path.join(' + '));
      groups.set(key, group);
    }
    for (const { first, paths, indexes } of groups.values()) {
      const names = indexes.map((i) => statementName(policy.statements[i]!));
      const shown =
        paths.slice(0, 5).join('; ') + (paths.length > 5 ? `; and ${paths.length - 5} more` : '');
      report(first.at, first.statement, {
        message: `${names.join(' and ')} ${indexes.length > 1 ? 'combine to allow' : 'allows'} privilege escalation: ${shown}`,
        fix: `remove ${paths[0]!.split(' + ')[0]} (or, for each path, one of its actions), or limit the Resource to principals that are not more privileged than this one${paths.some((p) => p.includes('iam:PassRole')) ? '; limit iam:PassRole to specific roles with an iam:PassedToService condition' : ''}`,
        ...(indexes.length > 1 && {
          relatedStatements: indexes.filter((i) => i !== first.statement.index),
        }),
      });
    }
  },
};

function selfServiceOnly(action: string, g: Grant): boolean {
  if (!SELF_SERVICE.has(action.toLowerCase())) return false;
  const resources = g.statement.resource ?? [];
  return resources.length > 0 && resources.every((r) => r.value.includes('${aws:username}'));
}
