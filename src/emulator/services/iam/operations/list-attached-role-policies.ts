import { listAttachedPolicies } from '../principal-entity-operations.js';

export const listAttachedRolePolicies = listAttachedPolicies('role');
