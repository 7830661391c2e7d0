import { listAttachedPolicies } from '../principal-entity-operations.js';

export const listAttachedUserPolicies = listAttachedPolicies('user');
