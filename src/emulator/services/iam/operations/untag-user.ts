import { untagEntity } from '../principal-entity-operations.js';

export const untagUser = untagEntity('user');
