import { listEntityTags } from '../principal-entity-operations.js';

export const listUserTags = listEntityTags('user');
