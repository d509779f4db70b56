/** The word for `n` things: `one` for exactly one, `many` (by default `one` + "s") otherwise. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** `n` and the word for it: "1 certificate", "3 certificates", "0 certificates". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}
