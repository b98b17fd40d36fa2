/**
 * Inter-annotator agreement on paired ratings of the same subject and label. Pure functions,
 * so the figures can be checked by hand: percent agreement and Cohen's kappa for boolean and
 * categorical labels, mean absolute difference for numeric ones.
 */
export type RatingPair = { a: string; b: string };

export function percentAgreement(pairs: readonly RatingPair[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter((pair) => pair.a === pair.b).length / pairs.length;
}

/**
 * Cohen's kappa: (po − pe) / (1 − pe), with pe from each rater's own category frequencies.
 * When both raters always give the same single category, pe = 1 and kappa is undefined (null).
 */
export function cohensKappa(pairs: readonly RatingPair[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const observed = percentAgreement(pairs)!;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const { a, b } of pairs) {
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, count] of countA) expected += (count / n) * ((countB.get(category) ?? 0) / n);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}

export function meanAbsoluteDifference(pairs: readonly { a: number; b: number }[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.reduce((sum, pair) => sum + Math.abs(pair.a - pair.b), 0) / pairs.length;
}
