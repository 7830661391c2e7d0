import type { AttributeValue } from '../attribute-value.js';
import { checkValue } from '../attribute-value.js';
import { ddbErrors } from '../dynamodb-errors.js';

/**
 * The ExpressionAttributeNames/Values of one request, shared by all its expressions, so that
 * placeholders left unused anywhere are reported the way AWS does.
 */
export class ExpressionContext {
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();

  constructor(
    readonly names: Readonly<Record<string, string>> = {},
    readonly values: Readonly<Record<string, AttributeValue>> = {},
  ) {}

  name(placeholder: string, kind: string): string {
    const name = this.names[placeholder];
    if (name === undefined) {
      throw ddbErrors.invalidExpression(
        kind,
        `An expression attribute name used in the document path is not defined; attribute name: ${placeholder}`,
      );
    }
    this.usedNames.add(placeholder);
    return name;
  }

  value(placeholder: string, kind: string): AttributeValue {
    const value = this.values[placeholder];
    if (value === undefined) {
      throw ddbErrors.invalidExpression(
        kind,
        `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`,
      );
    }
    this.usedValues.add(placeholder);
    return checkValue(value);
  }

  /** Call after every expression of the request was parsed. */
  assertAllUsed(): void {
    const names = Object.keys(this.names).filter((n) => !this.usedNames.has(n));
    if (names.length > 0)
      throw ddbErrors.validation(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${names.join(', ')}}`,
      );
    const values = Object.keys(this.values).filter((v) => !this.usedValues.has(v));
    if (values.length > 0)
      throw ddbErrors.validation(
        `Value provided in ExpressionAttributeValues unused in expressions: keys: {${values.join(', ')}}`,
      );
  }
}
