import { putInlinePolicy } from '../principal-entity-operations.js';

export const putGroupPolicy = putInlinePolicy('group');
