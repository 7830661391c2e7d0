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
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return prev[b.length]!;
}
