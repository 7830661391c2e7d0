import { deletePermissionsBoundary } from '../principal-entity-operations.js';

export const deleteUserPermissionsBoundary = deletePermissionsBoundary('user');
