/** One HTTP request as the emulator sees it once its body has been read (and de-chunked). */
export interface EmulatorRequest {
  id: string;
  method: string;
  /** Path exactly as received (still percent-encoded); SigV4 canonicalizes from it. */
  rawPath: string;
  /** Query string as received, without the `?`. */
  rawQuery: string;
  /** Decoded query parameters in order; a name without `=` has the value ''. */
  query: Map<string, string[]>;
  /** Header names lower-case; repeated headers joined with `, ` (as node does). */
  headers: Readonly<Record<string, string>>;
  /** The payload after transfer and `aws-chunked` decoding. */
  body: Buffer;
  /** Host header without the port. */
  hostname: string;
  sourceIp: string;
  secureTransport: boolean;
  receivedAt: Date;
}

/** Parses a raw query string into decoded name -> values, keeping empty-valued flags (`?uploads`). */
export function parseQueryString(rawQuery: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (rawQuery === '') return out;
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decodeComponent(part.slice(eq + 1));
    const list = out.get(name);
    if (list === undefined) out.set(name, [value]);
    else list.push(value);
  }
  return out;
}

/** Form and query encodings use `+` for space; a malformed escape is kept literally, as AWS does. */
export function decodeComponent(text: string): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

export function firstQueryValue(request: EmulatorRequest, name: string): string | undefined {
  return request.query.get(name)?.[0];
}
