/** "Did you mean": the candidate with the smallest edit distance, if it is close enough. */

export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // Beyond a third of the word, a suggestion is a guess, not a correction.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(w.length / 3))
    ? best
    : undefined;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot beat `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  // Two rows, reused: this runs against every action name of a service.
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
