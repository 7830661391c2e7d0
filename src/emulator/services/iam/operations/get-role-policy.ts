import { getInlinePolicy } from '../principal-entity-operations.js';

export const getRolePolicy = getInlinePolicy('role');
