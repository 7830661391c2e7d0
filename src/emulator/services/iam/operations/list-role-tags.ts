import { listEntityTags } from '../principal-entity-operations.js';

export const listRoleTags = listEntityTags('role');
