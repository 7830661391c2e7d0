import { attachManagedPolicy } from '../principal-entity-operations.js';

export const attachGroupPolicy = attachManagedPolicy('group');
