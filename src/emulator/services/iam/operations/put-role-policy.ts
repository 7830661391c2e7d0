import { putInlinePolicy } from '../principal-entity-operations.js';

export const putRolePolicy = putInlinePolicy('role');
