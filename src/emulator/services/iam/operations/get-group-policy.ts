import { getInlinePolicy } from '../principal-entity-operations.js';

export const getGroupPolicy = getInlinePolicy('group');
