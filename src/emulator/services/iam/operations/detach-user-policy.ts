import { detachManagedPolicy } from '../principal-entity-operations.js';

export const detachUserPolicy = detachManagedPolicy('user');
