/** Damerau-Levenshtein (optimal string alignment) distance, bounded for speed. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** Typos a word of this length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}

/**
 * How well a query word matches a document word, in [0, 1]: 1 for the same word, less for a typo or a
 * shared prefix ("volunteer" and "volunteering"), 0 otherwise.
 */
export function wordSimilarity(queryWord: string, docWord: string): number {
  if (queryWord === docWord) return 1;
  const shorter = Math.min(queryWord.length, docWord.length);
  if (shorter >= 5 && (docWord.startsWith(queryWord) || queryWord.startsWith(docWord))) return 0.85;
  const allowed = allowedTypos(queryWord.length);
  if (allowed === 0) return 0;
  const distance = editDistance(queryWord, docWord, allowed);
  return distance <= allowed ? 1 - 0.15 * distance : 0;
}
