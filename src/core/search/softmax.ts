/** Turns scores (log-odds) into probabilities that sum to 1; the largest is subtracted first so nothing overflows. */
export function softmax(logits: readonly number[]): number[] {
  const most = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - most));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
