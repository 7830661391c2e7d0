import { listInlinePolicies } from '../principal-entity-operations.js';

export const listRolePolicies = listInlinePolicies('role');
