import { listAttachedPolicies } from '../principal-entity-operations.js';

export const listAttachedGroupPolicies = listAttachedPolicies('group');
