/** A uniformly random permutation of 0…n−1 (Fisher–Yates). `random` is injectable for tests. */
export function randomOrder(n: number, random: () => number = Math.random): number[] {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`Not a count: ${n}`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
