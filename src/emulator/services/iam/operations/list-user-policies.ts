import { listInlinePolicies } from '../principal-entity-operations.js';

export const listUserPolicies = listInlinePolicies('user');
