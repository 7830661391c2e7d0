import { tagEntity } from '../principal-entity-operations.js';

export const tagUser = tagEntity('user');
