import { commonErrors } from '../errors/common-errors.js';
import type { ProtocolName, Shape, ServiceModel } from './model-types.js';
import { resolveShape } from './model-types.js';
import { missingMembersMessage } from './values.js';

/** Answers the protocol's validation error when top-level required members are missing. */
export function checkRequired(
  model: ServiceModel,
  shapeRef: Shape,
  value: Record<string, unknown>,
  protocol: ProtocolName,
): void {
  const shape = resolveShape(model, shapeRef);
  const missing = (shape.required ?? []).filter(
    (name) => value[name] === undefined || value[name] === null,
  );
  if (missing.length > 0) throw commonErrors.validation(protocol, missingMembersMessage(missing));
}
