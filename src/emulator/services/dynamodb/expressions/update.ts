import {
  checkValue,
  cloneItem,
  memberKey,
  setKeys,
  typeOf,
  type AttributeValue,
  type Item,
} from '../attribute-value.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { addNumbers } from '../dynamodb-number.js';
import { pathText, type Operand, type Path, type UpdateAction } from './ast.js';
import { resolvePath } from './evaluate.js';

const KIND = 'UpdateExpression';

function operandTypeError(op: string, value: AttributeValue): never {
  const names: Record<string, string> = {
    S: 'STRING',
    N: 'NUMBER',
    B: 'BINARY',
    SS: 'SS',
    NS: 'NS',
    BS: 'BS',
    M: 'MAP',
    L: 'LIST',
    NULL: 'NULL',
    BOOL: 'BOOLEAN',
  };
  throw ddbErrors.invalidExpression(
    KIND,
    `Incorrect operand type for operator or function; operator: ${op}, operand type: ${names[typeOf(value)]}`,
  );
}

/** Values are computed from the item as it was before the update, as DynamoDB does. */
function setValue(original: Item, operand: Operand): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const v = resolvePath(original, operand.path);
      if (v === undefined)
        throw ddbErrors.validation(
          'The provided expression refers to an attribute that does not exist in the item',
        );
      return v;
    }
    case 'if_not_exists':
      return resolvePath(original, operand.path) ?? setValue(original, operand.fallback);
    case 'list_append': {
      const a = setValue(original, operand.left);
      const b = setValue(original, operand.right);
      if (a.L === undefined) operandTypeError('list_append', a);
      if (b.L === undefined) operandTypeError('list_append', b);
      return { L: [...a.L, ...b.L] };
    }
    case 'arith': {
      const a = setValue(original, operand.left);
      const b = setValue(original, operand.right);
      if (a.N === undefined) operandTypeError(operand.op, a);
      if (b.N === undefined) operandTypeError(operand.op, b);
      return { N: addNumbers(a.N, b.N, operand.op === '+' ? 1 : -1) };
    }
    default:
      throw ddbErrors.invalidExpression(
        KIND,
        'Syntax error; size() is not allowed in an update expression',
      );
  }
}

function invalidPath(): never {
  throw ddbErrors.validation(
    'The document path provided in the update expression is invalid for update',
  );
}

/** Writes `value` at `path` (undefined removes it); parents must exist. */
function writePath(item: Item, path: Path, value: AttributeValue | undefined): void {
  let container: AttributeValue = { M: item };
  for (let i = 0; i < path.length - 1; i += 1) {
    const step = path[i]!;
    const next: AttributeValue | undefined =
      step.kind === 'attr' ? container.M?.[step.name] : container.L?.[step.index];
    if (next === undefined) invalidPath();
    container = next;
  }
  const last = path[path.length - 1]!;
  if (last.kind === 'attr') {
    if (container.M === undefined) invalidPath();
    if (value === undefined) delete container.M[last.name];
    else container.M[last.name] = value;
  } else {
    if (container.L === undefined) invalidPath();
    if (value === undefined) {
      if (last.index < container.L.length) container.L.splice(last.index, 1);
    } else if (last.index >= container.L.length) container.L.push(value);
    else container.L[last.index] = value;
  }
}

/** Applies the actions to a copy of `original`; key attributes may not change. */
export function applyUpdate(
  original: Item,
  actions: UpdateAction[],
  keyNames: readonly string[],
): Item {
  const paths = actions.map((a) => pathText(a.path));
  for (let i = 0; i < paths.length; i += 1) {
    for (let j = i + 1; j < paths.length; j += 1) {
      const [a, b] = [paths[i]!, paths[j]!];
      if (
        a === b ||
        b.startsWith(`${a}.`) ||
        b.startsWith(`${a}[`) ||
        a.startsWith(`${b}.`) ||
        a.startsWith(`${b}[`)
      ) {
        throw ddbErrors.invalidExpression(
          KIND,
          `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [${a}], path two: [${b}]`,
        );
      }
    }
  }
  const item = cloneItem(original);
  for (const action of inApplyOrder(actions)) {
    const top = action.path[0]!;
    if (top.kind === 'attr' && keyNames.includes(top.name))
      throw ddbErrors.cannotUpdateKey(top.name);
    switch (action.kind) {
      case 'SET':
        writePath(item, action.path, checkValue(setValue(original, action.value)));
        break;
      case 'REMOVE':
        if (resolvePath(item, action.path.slice(0, -1)) !== undefined || action.path.length === 1)
          writePath(item, action.path, undefined);
        break;
      case 'ADD': {
        const delta = setValue(original, action.value);
        const current = resolvePath(original, action.path);
        if (delta.N !== undefined) {
          if (current !== undefined && current.N === undefined) operandTypeError('ADD', current);
          writePath(item, action.path, {
            N: current === undefined ? delta.N : addNumbers(current.N!, delta.N),
          });
        } else if (delta.SS !== undefined || delta.NS !== undefined || delta.BS !== undefined) {
          const t = typeOf(delta) as 'SS' | 'NS' | 'BS';
          if (current !== undefined && typeOf(current) !== t) operandTypeError('ADD', current);
          writePath(item, action.path, checkValue(union(current, delta, t)));
        } else operandTypeError('ADD', delta);
        break;
      }
      case 'DELETE': {
        const remove = setValue(original, action.value);
        const t = typeOf(remove);
        if (t !== 'SS' && t !== 'NS' && t !== 'BS') operandTypeError('DELETE', remove);
        const current = resolvePath(original, action.path);
        if (current === undefined) break;
        if (typeOf(current) !== t) operandTypeError('DELETE', current);
        const drop = setKeys(remove);
        const kept = (current[t] as (string | Buffer)[]).filter((m) => !drop.has(memberKey(t, m)));
        writePath(
          item,
          action.path,
          kept.length === 0 ? undefined : ({ [t]: kept } as AttributeValue),
        );
        break;
      }
    }
  }
  return item;
}

/**
 * REMOVE of list elements names the original indexes (`REMOVE a[0], a[1]` drops the first two
 * elements, not the first and third): element removals run last, highest index first, so an
 * earlier removal never shifts a later one's target.
 */
function inApplyOrder(actions: UpdateAction[]): UpdateAction[] {
  const lastIndex = (a: UpdateAction): number | undefined => {
    const last = a.path[a.path.length - 1]!;
    return a.kind === 'REMOVE' && last.kind === 'index' ? last.index : undefined;
  };
  const others = actions.filter((a) => lastIndex(a) === undefined);
  const elements = actions.filter((a) => lastIndex(a) !== undefined);
  elements.sort((a, b) => lastIndex(b)! - lastIndex(a)!);
  return [...others, ...elements];
}

function union(
  current: AttributeValue | undefined,
  delta: AttributeValue,
  t: 'SS' | 'NS' | 'BS',
): AttributeValue {
  const members = [...((current?.[t] as (string | Buffer)[] | undefined) ?? [])];
  const have = current === undefined ? new Set<string>() : setKeys(current);
  for (const m of delta[t] as (string | Buffer)[]) {
    const k = memberKey(t, m);
    if (!have.has(k)) {
      have.add(k);
      members.push(m);
    }
  }
  return { [t]: members } as AttributeValue;
}
