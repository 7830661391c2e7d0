import { attachManagedPolicy } from '../principal-entity-operations.js';

export const attachUserPolicy = attachManagedPolicy('user');
