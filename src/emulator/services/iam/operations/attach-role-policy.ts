import { attachManagedPolicy } from '../principal-entity-operations.js';

export const attachRolePolicy = attachManagedPolicy('role');
