import { getInlinePolicy } from '../principal-entity-operations.js';

export const getUserPolicy = getInlinePolicy('user');
