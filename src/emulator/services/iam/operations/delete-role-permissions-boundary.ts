import { deletePermissionsBoundary } from '../principal-entity-operations.js';

export const deleteRolePermissionsBoundary = deletePermissionsBoundary('role');
