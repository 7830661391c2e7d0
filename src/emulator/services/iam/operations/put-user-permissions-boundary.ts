import { putPermissionsBoundary } from '../principal-entity-operations.js';

export const putUserPermissionsBoundary = putPermissionsBoundary('user');
