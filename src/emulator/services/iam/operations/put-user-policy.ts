import { putInlinePolicy } from '../principal-entity-operations.js';

export const putUserPolicy = putInlinePolicy('user');
