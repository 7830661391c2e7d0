import { deleteInlinePolicy } from '../principal-entity-operations.js';

export const deleteGroupPolicy = deleteInlinePolicy('group');
