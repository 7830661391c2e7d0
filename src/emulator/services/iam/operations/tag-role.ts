import { tagEntity } from '../principal-entity-operations.js';

export const tagRole = tagEntity('role');
