import type { EmulatorRequest } from '../server/emulator-request.js';
import type { ServiceModel } from './model-types.js';
import { resolveShape } from './model-types.js';

/** One operation's HTTP binding compiled for matching. */
interface Route {
  operation: string;
  method: string;
  segments: Array<{ literal: string } | { label: string; greedy: boolean }>;
  /** Literal query parameters of the request URI, e.g. `?uploads` or `?list-type=2`. */
  queryLiterals: Array<[string, string | undefined]>;
  requiredQuery: string[];
  requiredHeaders: string[];
  deprecated: boolean;
  /** How specific the route is: among several matches the highest wins (see matchRoute). */
  score: number;
}

export interface RouteMatch {
  operation: string;
  labels: Record<string, string>;
}

/** A model's routes by HTTP method, each list in the model's operation order. */
const routeCache = new WeakMap<ServiceModel, Map<string, Route[]>>();

function compileRoutes(model: ServiceModel): Map<string, Route[]> {
  const cached = routeCache.get(model);
  if (cached !== undefined) return cached;
  const byMethod = new Map<string, Route[]>();
  for (const [operation, op] of Object.entries(model.operations)) {
    const uri = op.http?.requestUri ?? '/';
    const [pathPart = '/', queryPart = ''] = uri.split('?');
    const segments = pathPart
      .split('/')
      .filter((s) => s !== '')
      .map((s) => {
        const m = /^\{([^}+]+)(\+)?\}$/.exec(s);
        return m === null ? { literal: s } : { label: m[1]!, greedy: m[2] === '+' };
      });
    const queryLiterals: Array<[string, string | undefined]> = queryPart
      .split('&')
      .filter((q) => q !== '' && !q.startsWith('x-id='))
      .map((q) => {
        const eq = q.indexOf('=');
        return eq === -1 ? [q, undefined] : [q.slice(0, eq), q.slice(eq + 1)];
      });
    const requiredQuery: string[] = [];
    const requiredHeaders: string[] = [];
    if (op.input !== undefined) {
      const input = resolveShape(model, op.input);
      for (const name of input.required ?? []) {
        const member = resolveShape(model, input.members?.[name] ?? {});
        if (member.location === 'querystring') requiredQuery.push(member.locationName ?? name);
        if (member.location === 'header')
          requiredHeaders.push((member.locationName ?? name).toLowerCase());
      }
    }
    const method = op.http?.method ?? 'POST';
    const deprecated = op.deprecated === true;
    const route: Route = {
      operation,
      method,
      segments,
      queryLiterals,
      requiredQuery,
      requiredHeaders,
      deprecated,
      score:
        queryLiterals.length * 4 +
        requiredQuery.length * 2 +
        requiredHeaders.length +
        segments.filter((s) => 'literal' in s).length * 8 -
        // Same binding as a current operation (GetBucketLifecycle): the current one wins.
        (deprecated ? 0.5 : 0),
    };
    const routes = byMethod.get(method);
    if (routes === undefined) byMethod.set(method, [route]);
    else routes.push(route);
  }
  routeCache.set(model, byMethod);
  return byMethod;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function matchPath(
  route: Route,
  rawSegments: string[],
  trailingSlash: boolean,
): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  let i = 0;
  const segments = route.segments;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if ('literal' in segment) {
      if (rawSegments[i] !== segment.literal) return undefined;
      i++;
      continue;
    }
    if (segment.greedy) {
      if (index !== segments.length - 1 || i >= rawSegments.length) return undefined;
      labels[segment.label] =
        rawSegments.slice(i).map(decodeSegment).join('/') + (trailingSlash ? '/' : '');
      return labels;
    }
    const raw = rawSegments[i];
    if (raw === undefined || raw === '') return undefined;
    labels[segment.label] = decodeSegment(raw);
    i++;
  }
  return i === rawSegments.length ? labels : undefined;
}

/**
 * Finds the operation a REST request calls: method, path template and literal query must match
 * and required query/header members must be present; among several, the most specific wins
 * (so `PUT /b/k` with `x-amz-copy-source` is CopyObject, with `?partNumber&uploadId` UploadPart).
 */
export function matchRoute(model: ServiceModel, request: EmulatorRequest): RouteMatch | undefined {
  // Without a query, the match is a function of the method, the raw path and which of the
  // method's required headers are present: remembered per model by exactly those.
  const routes = compileRoutes(model);
  if (request.query.size > 0) return findRoute(routes, request);
  let key = `${request.method} ${request.rawPath}`;
  for (const h of requiredHeadersOf(routes, request.method))
    key += request.headers[h] !== undefined ? '\n1' : '\n0';
  let matches = matchCache.get(model);
  if (matches === undefined) matchCache.set(model, (matches = new Map()));
  let match = matches.get(key);
  if (match === undefined && !matches.has(key)) {
    match = findRoute(routes, request);
    if (matches.size >= 1024) matches.clear();
    matches.set(key, match);
  }
  // Each caller gets its own labels object.
  return match === undefined
    ? undefined
    : { operation: match.operation, labels: { ...match.labels } };
}

const matchCache = new WeakMap<ServiceModel, Map<string, RouteMatch | undefined>>();

/** Every header some route of the method requires, in a fixed order. */
function requiredHeadersOf(routes: Map<string, Route[]>, method: string): readonly string[] {
  let byMethod = requiredHeaderCache.get(routes);
  if (byMethod === undefined) requiredHeaderCache.set(routes, (byMethod = new Map()));
  let headers = byMethod.get(method);
  if (headers === undefined) {
    headers = [...new Set((routes.get(method) ?? []).flatMap((r) => r.requiredHeaders))];
    byMethod.set(method, headers);
  }
  return headers;
}
const requiredHeaderCache = new WeakMap<Map<string, Route[]>, Map<string, string[]>>();

function findRoute(routes: Map<string, Route[]>, request: EmulatorRequest): RouteMatch | undefined {
  const path = request.rawPath;
  const trailingSlash = path.length > 1 && path.endsWith('/');
  // Keep empty segments inside greedy labels (`a//b`), drop only the leading one.
  const rawSegments = path.split('/').slice(1);
  if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  let best: { match: RouteMatch; score: number } | undefined;
  const query = request.query;
  for (const route of routes.get(request.method) ?? NO_ROUTES) {
    if (best !== undefined && route.score <= best.score) continue;
    if (!queryMatches(route, query)) continue;
    if (!route.requiredHeaders.every((h) => request.headers[h] !== undefined)) continue;
    const labels = matchPath(route, rawSegments, trailingSlash);
    if (labels === undefined) continue;
    best = { match: { operation: route.operation, labels }, score: route.score };
  }
  return best?.match;
}

const NO_ROUTES: readonly Route[] = [];

/** The route's literal query parameters (and values) and its required ones are all present. */
function queryMatches(route: Route, query: ReadonlyMap<string, string[]>): boolean {
  for (const [k, v] of route.queryLiterals) {
    const values = query.get(k);
    if (values === undefined || (v !== undefined && values[0] !== v)) return false;
  }
  for (const k of route.requiredQuery) if (!query.has(k)) return false;
  return true;
}
