/** AWS documentation pages the rules link to (SARIF helpUri, README rule table). */
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';

export const docs = {
  action: `${IAM}/reference_policies_elements_action.html`,
  resource: `${IAM}/reference_policies_elements_resource.html`,
  notAction: `${IAM}/reference_policies_elements_notaction.html`,
  notResource: `${IAM}/reference_policies_elements_notresource.html`,
  notPrincipal: `${IAM}/reference_policies_elements_notprincipal.html`,
  principal: `${IAM}/reference_policies_elements_principal.html`,
  sid: `${IAM}/reference_policies_elements_sid.html`,
  conditionOperators: `${IAM}/reference_policies_elements_condition_operators.html`,
  globalKeys: `${IAM}/reference_policies_condition-keys.html`,
  leastPrivilege: `${IAM}/best-practices.html#grant-least-privilege`,
  passRole: `${IAM}/id_roles_use_passrole.html`,
  accessKeys: `${IAM}/id_credentials_access-keys.html`,
  evaluation: `${IAM}/reference_policies_evaluation-logic.html`,
  quotas: `${IAM}/reference_iam-quotas.html`,
  externalId: `${IAM}/id_roles_create_for-user_externalid.html`,
  serviceReference:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
} as const;
