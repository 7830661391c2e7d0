import { untagEntity } from '../principal-entity-operations.js';

export const untagRole = untagEntity('role');
