/**
 * A stateful stand-in for the GitHub REST API endpoints the action uses, on loopback, for
 * driving the real octokit client in tests. It keeps comments, reviews, check runs and
 * artifacts across requests, records every request, enforces the limits GitHub enforces
 * (65,536-character bodies, 50 annotations per request, review lines that must be in the diff,
 * 3,000 pull request files, write permission per token) and can inject failures.
 *
 * Shapes follow https://docs.github.com/en/rest (pulls, issues/comments, pulls/reviews,
 * pulls/comments, checks/runs, actions/artifacts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
}

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  html_url: string;
}

export interface FakeReviewComment {
  id: number;
  pull: number;
  pull_request_review_id: number;
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  start_side: 'LEFT' | 'RIGHT' | null;
  body: string;
  commit_id: string;
  user: FakeUser;
}

export interface FakeReview {
  id: number;
  pull: number;
  body: string;
  state: string;
  commit_id: string;
  user: FakeUser;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  /** The zip archive's bytes. */
  zip: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  token: string | undefined;
  /** The status the server answered with. */
  status: number;
}

export interface InjectedFailure {
  method?: string;
  /** Matched against the path (no query). */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1); Infinity for all. */
  times?: number;
}

export interface GitHubApiServer {
  url: string;
  requests: RecordedRequest[];
  pulls: Map<number, { files: FakePullFile[]; headSha: string }>;
  comments: FakeComment[];
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  checkRuns: FakeCheckRun[];
  artifacts: FakeArtifact[];
  /** Repository files by `sha:path`, for the contents API. */
  contents: Map<string, string>;
  /** token → what it may do; a request without a known token gets 401. */
  tokens: Map<string, 'write' | 'read'>;
  /** The user a write token acts as. */
  botUser: FakeUser;
  /** Makes matching requests fail; the returned function withdraws the failure. */
  inject(failure: InjectedFailure): () => void;
  /** Requests other than GETs, as `METHOD path` (what changed on the server). */
  writes(): string[];
  close(): Promise<void>;
}

const MAX_BODY = 65536;
const MAX_ANNOTATIONS = 50;
const MAX_PULL_FILES = 3000;

export async function startGitHubApiServer(): Promise<GitHubApiServer> {
  let nextId = 1000;
  const failures: (InjectedFailure & { left: number })[] = [];
  const state: Omit<GitHubApiServer, 'url' | 'close' | 'inject' | 'writes'> = {
    requests: [],
    pulls: new Map(),
    comments: [],
    reviews: [],
    reviewComments: [],
    checkRuns: [],
    artifacts: [],
    contents: new Map(),
    tokens: new Map([
      ['test-write-token', 'write'],
      ['test-read-token', 'read'],
    ]),
    botUser: { login: 'github-actions[bot]', type: 'Bot' },
  };
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const method = req.method ?? 'GET';
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        body,
        token,
        status: 0,
      };
      state.requests.push(record);
      const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        const isBytes = data instanceof Uint8Array;
        res.writeHead(status, {
          'content-type': isBytes ? 'application/zip' : 'application/json; charset=utf-8',
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '4999',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          ...headers,
        });
        if (data === undefined) res.end();
        else res.end(isBytes ? Buffer.from(data) : JSON.stringify(data));
      };
      const fail = failures.find(
        (f) => f.left > 0 && f.path.test(url.pathname) && (!f.method || f.method === method),
      );
      if (fail) {
        fail.left--;
        send(fail.status, fail.body ?? { message: `injected ${fail.status}` }, fail.headers);
        return;
      }
      if (url.pathname.startsWith('/_blobs/')) {
        const a = state.artifacts.find((x) => `/_blobs/${x.id}` === url.pathname);
        return a ? send(200, a.zip) : send(404, { message: 'Not Found' });
      }
      const access = token ? state.tokens.get(token) : undefined;
      if (!access) return send(401, { message: 'Bad credentials' });
      if (method !== 'GET' && access !== 'write') {
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        });
      }
      route(method, url, body, send);
    });
  });

  type Send = (status: number, data?: unknown, headers?: Record<string, string>) => void;

  function paginate<T>(all: T[], url: URL, send: Send, wrap?: (page: T[]) => unknown): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(url.pathname, base);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    send(200, wrap ? wrap(slice) : slice, links.length ? { link: links.join(', ') } : {});
  }

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.com/o/r/pull/${c.issue}#issuecomment-${c.id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  });
  const reviewCommentJson = (c: FakeReviewComment) => ({
    ...c,
    html_url: `https://github.com/o/r/pull/${c.pull}#discussion_r${c.id}`,
  });

  function route(method: string, url: URL, body: unknown, send: Send): void {
    const p = url.pathname;
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(p)) && method === 'GET') {
      const pull = state.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: 'Not Found' });
      const files = pull.files.slice(0, MAX_PULL_FILES).map((f, i) => ({
        sha: `sha${i}`,
        additions: 0,
        deletions: 0,
        changes: 0,
        ...f,
      }));
      return paginate(files, url, send);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(p)) && method === 'GET') {
      const key = `${url.searchParams.get('ref') ?? ''}:${decodeURIComponent(m[1]!)}`;
      const text = state.contents.get(key);
      if (text === undefined) return send(404, { message: 'Not Found' });
      return send(200, {
        type: 'file',
        encoding: 'base64',
        path: decodeURIComponent(m[1]!),
        content: Buffer.from(text).toString('base64'),
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(p)) && method === 'GET') {
      const pull = state.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: 'Not Found' });
      return send(200, { number: Number(m[1]), head: { sha: pull.headSha } });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        return paginate(
          state.comments.filter((c) => c.issue === issue).map(commentJson),
          url,
          send,
        );
      }
      if (method === 'POST') {
        const text = String(b.body ?? '');
        if (text.length > MAX_BODY) return tooLong(send);
        const c: FakeComment = {
          id: nextId++,
          issue,
          body: text,
          user: state.botUser,
          html_url: '',
        };
        state.comments.push(c);
        return send(201, commentJson(c));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p))) {
      const i = state.comments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        const text = String(b.body ?? '');
        if (text.length > MAX_BODY) return tooLong(send);
        state.comments[i]!.body = text;
        return send(200, commentJson(state.comments[i]!));
      }
      if (method === 'DELETE') {
        state.comments.splice(i, 1);
        return send(204);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(p)) && method === 'GET') {
      const pull = Number(m[1]);
      return paginate(
        state.reviewComments.filter((c) => c.pull === pull).map(reviewCommentJson),
        url,
        send,
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(p)) && method === 'DELETE') {
      const i = state.reviewComments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      state.reviewComments.splice(i, 1);
      return send(204);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(p))) {
      const number = Number(m[1]);
      const pull = state.pulls.get(number);
      if (!pull) return send(404, { message: 'Not Found' });
      if (method === 'GET') {
        return paginate(
          state.reviews.filter((r) => r.pull === number),
          url,
          send,
        );
      }
      if (method === 'POST') return createReview(number, pull, b, send);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(p) && method === 'POST') {
      const annotations = annotationsOf(b);
      if (annotations.length > MAX_ANNOTATIONS) return tooManyAnnotations(send);
      const run: FakeCheckRun = {
        id: nextId++,
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: String(b.status ?? 'queued'),
        conclusion: (b.conclusion as string) ?? null,
        output: outputOf(b),
        annotations,
      };
      state.checkRuns.push(run);
      return send(201, checkRunJson(run));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p)) && method === 'PATCH') {
      const run = state.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, { message: 'Not Found' });
      const annotations = annotationsOf(b);
      if (annotations.length > MAX_ANNOTATIONS) return tooManyAnnotations(send);
      // GitHub appends the annotations of each update to the run's list.
      run.annotations.push(...annotations);
      if (b.status) run.status = String(b.status);
      if (b.conclusion) run.conclusion = String(b.conclusion);
      if (b.output) run.output = { ...run.output, ...outputOf(b) };
      return send(200, checkRunJson(run));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(p))) {
      const runId = Number(m[1]);
      const name = url.searchParams.get('name');
      const list = state.artifacts
        .filter((a) => a.runId === runId && (!name || a.name === name))
        .map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: false,
          archive_download_url: `${base}/repos/o/r/actions/artifacts/${a.id}/zip`,
        }));
      return send(200, { total_count: list.length, artifacts: list });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(p))) {
      const a = state.artifacts.find((x) => x.id === Number(m![1]));
      if (!a) return send(404, { message: 'Not Found' });
      // GitHub answers with a redirect to short-lived blob storage.
      return send(302, undefined, { location: `${base}/_blobs/${a.id}` });
    }
    send(404, { message: `Not Found: ${method} ${p}` });
  }

  function createReview(
    number: number,
    pull: { files: FakePullFile[]; headSha: string },
    b: Record<string, unknown>,
    send: Send,
  ): void {
    const comments = (b.comments as Record<string, unknown>[] | undefined) ?? [];
    for (const c of comments) {
      const file = pull.files.find((f) => f.filename === c.path);
      const side = (c.side as 'LEFT' | 'RIGHT') ?? 'RIGHT';
      const lines = file?.patch ? linesInPatch(file.patch, side) : new Set<number>();
      const line = Number(c.line);
      const start = c.start_line === undefined ? line : Number(c.start_line);
      if (!lines.has(line) || !lines.has(start) || start > line) {
        return send(422, {
          message: 'Unprocessable Entity',
          errors: [`Line could not be resolved: ${String(c.path)}:${start}-${line}`],
        });
      }
      if (String(c.body ?? '').length > MAX_BODY) return tooLong(send);
    }
    const review: FakeReview = {
      id: nextId++,
      pull: number,
      body: String(b.body ?? ''),
      state:
        b.event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : b.event === 'APPROVE'
            ? 'APPROVED'
            : 'COMMENTED',
      commit_id: String(b.commit_id ?? pull.headSha),
      user: state.botUser,
    };
    state.reviews.push(review);
    for (const c of comments) {
      state.reviewComments.push({
        id: nextId++,
        pull: number,
        pull_request_review_id: review.id,
        path: String(c.path),
        line: Number(c.line),
        side: (c.side as 'LEFT' | 'RIGHT') ?? 'RIGHT',
        start_line: c.start_line === undefined ? null : Number(c.start_line),
        start_side: (c.start_side as 'LEFT' | 'RIGHT' | undefined) ?? null,
        body: String(c.body),
        commit_id: review.commit_id,
        user: state.botUser,
      });
    }
    send(200, review);
  }

  const tooLong = (send: Send) =>
    send(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    });
  const tooManyAnnotations = (send: Send) =>
    send(422, { message: 'Validation Failed', errors: ['annotations: at most 50 per request'] });
  const annotationsOf = (b: Record<string, unknown>) =>
    (
      (b.output as { annotations?: Record<string, unknown>[] } | undefined)?.annotations ?? []
    ).slice();
  const outputOf = (b: Record<string, unknown>) => {
    const o = (b.output ?? {}) as Record<string, unknown>;
    return {
      ...(o.title !== undefined && { title: String(o.title) }),
      ...(o.summary !== undefined && { summary: String(o.summary) }),
      ...(o.text !== undefined && { text: String(o.text) }),
    };
  };
  const checkRunJson = (r: FakeCheckRun) => ({
    id: r.id,
    name: r.name,
    head_sha: r.head_sha,
    status: r.status,
    conclusion: r.conclusion,
    html_url: `https://github.com/o/r/runs/${r.id}`,
    output: { ...r.output, annotations_count: r.annotations.length },
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: base,
    inject(failure: InjectedFailure) {
      const entry = { ...failure, left: failure.times ?? 1 };
      failures.push(entry);
      return () => {
        entry.left = 0;
      };
    },
    writes() {
      return state.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/**
 * The line numbers a review comment may use on one side of a unified diff patch (an
 * independent reading of the hunk headers, so the client's own mapping is checked against it).
 */
function linesInPatch(patch: string, side: 'LEFT' | 'RIGHT'): Set<number> {
  const lines = new Set<number>();
  let oldLine = 0;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (h) {
      oldLine = Number(h[1]);
      newLine = Number(h[2]);
      continue;
    }
    if (text.startsWith('\\')) continue;
    if (text.startsWith('+')) {
      if (side === 'RIGHT') lines.add(newLine);
      newLine++;
    } else if (text.startsWith('-')) {
      if (side === 'LEFT') lines.add(oldLine);
      oldLine++;
    } else {
      lines.add(side === 'RIGHT' ? newLine : oldLine);
      oldLine++;
      newLine++;
    }
  }
  return lines;
}
