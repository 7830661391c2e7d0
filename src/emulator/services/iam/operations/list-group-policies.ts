import { listInlinePolicies } from '../principal-entity-operations.js';

export const listGroupPolicies = listInlinePolicies('group');
