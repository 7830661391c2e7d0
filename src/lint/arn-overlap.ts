/**
 * Whether a Resource pattern written in a policy can name a resource of a catalog resource type,
 * i.e. whether some ARN matches both the pattern and the type's ARN template.
 *
 * Both sides are globs. In the policy pattern `*` and `?` match anything (also `/` and `:`, as
 * IAM matches them), and a policy variable `${...}` may become anything. In a template,
 * `${Partition}`, `${Region}`, `${Account}` match one ARN segment, and other placeholders match
 * anything except `/` — unless the placeholder may hold a path (names with Path, Key, Object,
 * LogGroup, Prefix, Id, or the template's last placeholder after a `:`), which keeps the check
 * on the side of "overlaps": RESOURCE_MISMATCH must never fire on a resource AWS accepts.
 */

/**
 * Every token has both fields (one object shape), and a character is its lower-cased char code:
 * comparing numbers, not one-character strings of different string representations, keeps V8
 * from deoptimising the matcher (bench/lint.ts).
 */
interface Token {
  kind: 'char' | 'one' | 'any' | 'noslash';
  /** The lower-cased character's code for `char`, -1 otherwise. */
  c: number;
}

const ANY: Token = { kind: 'any', c: -1 };
const ONE: Token = { kind: 'one', c: -1 };
const NOSLASH: Token = { kind: 'noslash', c: -1 };
const SLASH = 0x2f;

function char(c: string): Token {
  const lower = c.toLowerCase();
  // Only U+0130 lower-cases to two characters: give it a code no single character has.
  return { kind: 'char', c: lower.length === 1 ? lower.charCodeAt(0) : 0x10000 + c.charCodeAt(0) };
}

/** Answers by template, then pattern: a lookup allocates no key string. */
const cache = new Map<string, Map<string, boolean>>();
let cached = 0;

export function arnOverlaps(pattern: string, template: string): boolean {
  let byPattern = cache.get(template);
  if (!byPattern) {
    byPattern = new Map();
    cache.set(template, byPattern);
  }
  let hit = byPattern.get(pattern);
  if (hit === undefined) {
    if (cached > 50_000) {
      cache.clear();
      cached = 0;
      byPattern = new Map();
      cache.set(template, byPattern);
    }
    hit = intersects(tokenizePattern(pattern), tokenizeTemplate(template));
    byPattern.set(pattern, hit);
    cached++;
  }
  return hit;
}

function tokenizePattern(p: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '$' && p[i + 1] === '{') {
      const end = p.indexOf('}', i);
      if (end > 0) {
        out.push(ANY);
        i = end;
        continue;
      }
    }
    if (c === '*') out.push(ANY);
    else if (c === '?') out.push(ONE);
    else out.push(char(c));
  }
  return out;
}

const PATH_LIKE = /path|key|object|loggroup|prefix|name$|id$|arn|resource/i;

function tokenizeTemplate(t: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '$' && t[i + 1] === '{') {
      const end = t.indexOf('}', i);
      if (end > 0) {
        const name = t.slice(i + 2, end);
        const last = end === t.length - 1;
        // Partition, Region and Account never contain a slash; a trailing placeholder may
        // (a name with a path), a bucket name in `arn:...:s3:::${BucketName}` may not.
        const bucket = /^bucketname$/i.test(name);
        const slashFree =
          /^(partition|region|account)$/i.test(name) || bucket || (!last && !PATH_LIKE.test(name));
        out.push(slashFree ? NOSLASH : ANY);
        i = end;
        continue;
      }
    }
    out.push(char(c));
  }
  return out;
}

function isStar(t: Token): boolean {
  return t.kind === 'any' || t.kind === 'noslash';
}

/** Can the star token `s` absorb the single-character token `t`? */
function starEats(s: Token, t: Token): boolean {
  if (s.kind === 'any') return true;
  return t.kind === 'one' || (t.kind === 'char' && t.c !== SLASH);
}

function singlesMeet(a: Token, b: Token): boolean {
  if (a.kind === 'one' || b.kind === 'one') return true;
  return a.kind === 'char' && b.kind === 'char' && a.c === b.c;
}

/** Glob intersection by dynamic programming over (position in a, position in b). */
function intersects(a: Token[], b: Token[]): boolean {
  const memo = new Uint8Array((a.length + 1) * (b.length + 1));
  const go = (i: number, j: number): boolean => {
    const slot = i * (b.length + 1) + j;
    if (memo[slot]) return memo[slot] === 2;
    memo[slot] = 1;
    let ok = false;
    const x = a[i];
    const y = b[j];
    if (!x && !y) ok = true;
    else if (x && isStar(x) && go(i + 1, j)) ok = true;
    else if (y && isStar(y) && go(i, j + 1)) ok = true;
    else if (x && y) {
      if (isStar(x) && !isStar(y)) ok = starEats(x, y) && go(i, j + 1);
      else if (isStar(y) && !isStar(x)) ok = starEats(y, x) && go(i + 1, j);
      else if (isStar(x) && isStar(y)) ok = false;
      else ok = singlesMeet(x, y) && go(i + 1, j + 1);
    }
    memo[slot] = ok ? 2 : 1;
    return ok;
  };
  return go(0, 0);
}
