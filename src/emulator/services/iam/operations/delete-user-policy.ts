import { deleteInlinePolicy } from '../principal-entity-operations.js';

export const deleteUserPolicy = deleteInlinePolicy('user');
