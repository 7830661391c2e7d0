import { putPermissionsBoundary } from '../principal-entity-operations.js';

export const putRolePermissionsBoundary = putPermissionsBoundary('role');
