import { detachManagedPolicy } from '../principal-entity-operations.js';

export const detachRolePolicy = detachManagedPolicy('role');
