import { ddbErrors } from './dynamodb-errors.js';

/** Table names: 3-255 characters of [a-zA-Z0-9_.-], with AWS's constraint messages. */
export function validateTableName(name: string): void {
  const problems: string[] = [];
  if (name.length < 3)
    problems.push(
      `Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3`,
    );
  if (name.length > 255)
    problems.push(
      `Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
    );
  if (!/^[a-zA-Z0-9_.-]+$/.test(name)) {
    problems.push(
      `Value '${name}' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`,
    );
  }
  if (problems.length > 0) {
    throw ddbErrors.validation(
      `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected: ${problems.join('; ')}`,
    );
  }
}
