import { detachManagedPolicy } from '../principal-entity-operations.js';

export const detachGroupPolicy = detachManagedPolicy('group');
