/**
 * Catalog questions the rules ask about a statement's actions, answered once per pattern:
 * what a pattern expands to, whether a concrete action is known, and which actions of a
 * statement take resource-level permissions.
 *
 * Everything here is memoised for the life of the process: linting the 1,388 AWS managed
 * policies asks about 45,000 action values, 13,000 of them distinct (bench/lint.ts).
 */
import {
  type ActionInfo,
  type Located,
  expandActionPattern,
  getActionInfo,
} from '../policy/index.js';

/** Expansions by the text as written (no lower-casing on the hot path), then lower-cased. */
const byText = new Map<string, ActionInfo[]>();
const expansions = new Map<string, ActionInfo[]>();

/** The known actions a pattern (`s3:Get*`, `s3:GetObject`, `*`) stands for; [] if none. */
export function expandPattern(pattern: string): ActionInfo[] {
  let hit = byText.get(pattern);
  if (hit) return hit;
  const key = pattern.toLowerCase();
  hit = expansions.get(key);
  if (!hit) {
    hit = uniform(
      /[*?]/.test(pattern)
        ? expandWildcard(pattern)
        : [getActionInfo(pattern)].filter((a): a is ActionInfo => a !== undefined),
    );
    expansions.set(key, hit);
  }
  byText.set(pattern, hit);
  return hit;
}

/**
 * Every expansion as the same kind of array. V8 gives an empty array, a filtered one and a
 * mapped one different hidden classes; a rule compiled after seeing one kind is thrown away
 * and recompiled when another turns up, and over the corpus that recompiling cost more CPU
 * than the linting. A copy built by push has the class every non-empty one has, and the
 * shared empty one is made to have it too.
 */
function uniform(list: ActionInfo[]): ActionInfo[] {
  if (list.length === 0) return NONE;
  const out: ActionInfo[] = [];
  for (const a of list) out.push(a);
  return out;
}
const NONE: ActionInfo[] = [null as unknown as ActionInfo];
NONE.length = 0;

/** A service's actions in catalog order, and their lower-cased names in sorted order. */
interface ServiceIndex {
  list: ActionInfo[];
  /** Lower-cased names, sorted; `at[i]` is the catalog position of `sorted[i]`. */
  sorted: string[];
  at: number[];
}

const serviceIndexes = new Map<string, ServiceIndex>();

function serviceIndex(svc: string): ServiceIndex {
  let index = serviceIndexes.get(svc);
  if (!index) {
    const list: ActionInfo[] = [];
    const lower: string[] = [];
    const at: number[] = [];
    for (const action of expandActionPattern(`${svc}:*`)) {
      const info = getActionInfo(action)!;
      at.push(list.length);
      list.push(info);
      lower.push(info.name.toLowerCase());
    }
    at.sort((x, y) => (lower[x]! < lower[y]! ? -1 : 1));
    const sorted: string[] = [];
    for (const i of at) sorted.push(lower[i]!);
    index = { list, sorted, at };
    serviceIndexes.set(svc, index);
  }
  return index;
}

/**
 * `svc:Get*` against the service's action list: the corpus has 10,000 distinct patterns, and
 * the engine's general matcher (which handles policy variables) is more than this needs. The
 * pattern's literal start (`get` of `Get*Policy`) is found by binary search among the sorted
 * lower-cased names, and only the names that start with it are matched, with a glob matcher
 * rather than a regular expression per pattern (V8 compiles each new expression to machine
 * code, which over the corpus cost more than the matching). Matches come back in catalog
 * order, as the engine returns them. Service wildcards (`*:Get*`) go to the engine.
 */
function expandWildcard(pattern: string): ActionInfo[] {
  const p = pattern.trim();
  const colon = p.indexOf(':');
  if (p === '*' || colon <= 0 || /[*?]/.test(p.slice(0, colon))) {
    return expandActionPattern(p).map((a) => getActionInfo(a)!);
  }
  const index = serviceIndex(p.slice(0, colon).toLowerCase());
  const name = p.slice(colon + 1);
  if (/^\*+$/.test(name)) return index.list;
  // Case-insensitive as IAM matches; catalog names are ASCII, and lower-casing non-ASCII pattern
  // text could map it onto ASCII (the Kelvin sign onto "k"), so such a pattern matches nothing.
  if (/[\u0080-\uffff]/.test(name)) return [];
  const glob = name.toLowerCase();
  const wild = glob.search(/[*?]/);
  const literal = wild < 0 ? glob : glob.slice(0, wild);
  const { sorted, at, list } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < literal) lo = mid + 1;
    else hi = mid;
  }
  const hits: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(literal); i++) {
    if (globMatches(glob, sorted[i]!)) hits.push(at[i]!);
  }
  return hits.sort((x, y) => x - y).map((i) => list[i]!);
}

/** Whether `text` matches `glob` (`*` any run, `?` one character), both lower-cased. */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const c = g < glob.length ? glob.charCodeAt(g) : -1;
    if (c === 0x3f /* ? */ || (c === text.charCodeAt(t) && c !== 0x2a)) {
      g++;
      t++;
    } else if (c === 0x2a /* * */) {
      star = g++;
      resume = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++resume;
    } else return false;
  }
  while (g < glob.length && glob.charCodeAt(g) === 0x2a) g++;
  return g === glob.length;
}

/**
 * The known actions of a list of Action patterns, in order (as `flat()` of their expansions),
 * or undefined when one of them expands to nothing. Built by push, so every result is the same
 * kind of array (see uniform).
 */
export function expandAll(patterns: readonly Located<string>[]): ActionInfo[] | undefined {
  const out: ActionInfo[] = [];
  for (const p of patterns) {
    const expansion = expandPattern(p.value.trim());
    if (expansion.length === 0) return undefined;
    for (const a of expansion) out.push(a);
  }
  return out;
}

const infos = new Map<string, ActionInfo | null>();

/** getActionInfo, memoised (also the misses). */
export function actionInfo(action: string): ActionInfo | undefined {
  let info = infos.get(action);
  if (info === undefined) {
    info = getActionInfo(action) ?? null;
    if (infos.size < 100_000) infos.set(action, info);
  }
  return info ?? undefined;
}

const coverSets = new Map<string, ReadonlySet<ActionInfo>>();

/**
 * Whether an Action pattern covers a concrete known action, as IAM matches (case-insensitive
 * wildcards). Answered from the pattern's cached expansion: a set lookup, not a regex run.
 * Catalog entries are decoded once, so an action's ActionInfo is the same object in every
 * expansion that holds it.
 */
export function patternCovers(pattern: string, action: string): boolean {
  const info = actionInfo(action);
  if (!info) return false;
  // Keyed on the text as written: no trimming or lower-casing of the pattern on the hot path.
  let set = coverSets.get(pattern);
  if (!set) {
    set = new Set(expandPattern(pattern.trim()));
    coverSets.set(pattern, set);
  }
  return set.has(info);
}

export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** The service part of `svc:Action`, or undefined for `*` and malformed values. */
export function serviceOf(pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  return colon > 0 ? pattern.slice(0, colon).toLowerCase() : undefined;
}

/** Whether the action accepts specific resources (so `Resource: "*"` is a choice, not a must). */
export function takesResources(info: ActionInfo): boolean {
  return !info.wildcardOnly;
}

const resourceLevel = new WeakMap<readonly ActionInfo[], { count: number; first?: ActionInfo }>();

/**
 * How many of an expansion's actions take resource-level permissions, and the first of them;
 * memoised per expansion (expandPattern returns the same array for the same pattern).
 */
export function resourceLevelActions(actions: readonly ActionInfo[]): {
  count: number;
  first?: ActionInfo;
} {
  let hit = resourceLevel.get(actions);
  if (!hit) {
    const taking = actions.filter(takesResources);
    hit = taking.length > 0 ? { count: taking.length, first: taking[0]! } : { count: 0 };
    resourceLevel.set(actions, hit);
  }
  return hit;
}

/** Access levels of a set of actions with counts, most common first: `Read 12, List 3`. */
export function describeLevels(actions: readonly ActionInfo[]): string {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.accessLevel, (counts.get(a.accessLevel) ?? 0) + 1);
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  let text = '';
  for (const [level, n] of sorted) text += `${text ? ', ' : ''}${level} ${n}`;
  return text;
}
