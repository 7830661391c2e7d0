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
}

export interface RouteMatch {
  operation: string;
  labels: Record<string, string>;
}

const routeCache = new WeakMap<ServiceModel, Route[]>();

function compileRoutes(model: ServiceModel): Route[] {
  const cached = routeCache.get(model);
  if (cached !== undefined) return cached;
  const routes: Route[] = [];
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
    routes.push({
      operation,
      method: op.http?.method ?? 'POST',
      segments,
      queryLiterals,
      requiredQuery,
      requiredHeaders,
      deprecated: op.deprecated === true,
    });
  }
  routeCache.set(model, routes);
  return routes;
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
  for (const [index, segment] of route.segments.entries()) {
    if ('literal' in segment) {
      if (rawSegments[i] !== segment.literal) return undefined;
      i++;
      continue;
    }
    if (segment.greedy) {
      if (index !== route.segments.length - 1 || i >= rawSegments.length) return undefined;
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
  const path = request.rawPath;
  const trailingSlash = path.length > 1 && path.endsWith('/');
  // Keep empty segments inside greedy labels (`a//b`), drop only the leading one.
  const rawSegments = path.split('/').slice(1);
  if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  let best: { match: RouteMatch; score: number } | undefined;
  for (const route of compileRoutes(model)) {
    if (route.method !== request.method) continue;
    if (
      !route.queryLiterals.every(
        ([k, v]) => request.query.has(k) && (v === undefined || request.query.get(k)![0] === v),
      )
    ) {
      continue;
    }
    if (!route.requiredQuery.every((k) => request.query.has(k))) continue;
    if (!route.requiredHeaders.every((h) => request.headers[h] !== undefined)) continue;
    const labels = matchPath(route, rawSegments, trailingSlash);
    if (labels === undefined) continue;
    const score =
      route.queryLiterals.length * 4 +
      route.requiredQuery.length * 2 +
      route.requiredHeaders.length +
      route.segments.filter((s) => 'literal' in s).length * 8 -
      // Same binding as a current operation (GetBucketLifecycle): the current one wins.
      (route.deprecated ? 0.5 : 0);
    if (best === undefined || score > best.score)
      best = { match: { operation: route.operation, labels }, score };
  }
  return best?.match;
}
