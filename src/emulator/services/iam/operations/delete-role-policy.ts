import { deleteInlinePolicy } from '../principal-entity-operations.js';

export const deleteRolePolicy = deleteInlinePolicy('role');
