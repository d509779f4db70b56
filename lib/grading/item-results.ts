/*
 * Which bank items a certificate's attempt answered, and whether correctly: ids and a right/wrong mark
 * only, no answers and no words. Written into the credential as the id of an Evidence entry (a URN), read
 * back by the verifier, and counted across a class by the class review. Two lists use it: the graded
 * final-check attempt's items, and the knowledge pre-check's (answered before the lessons, not counted).
 */

const URNS = {
  final: 'urn:friend-request:final-items:',
  precheck: 'urn:friend-request:precheck-items:',
} as const;

/** Which list: the graded final-check attempt, or the pre-check before the lessons. */
export type ItemList = keyof typeof URNS;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More than any final check asks; a longer list is not one this module wrote. */
const MAX_ITEMS = 60;

export interface ItemResult {
  id: string;
  correct: boolean;
}

/** `urn:friend-request:final-items:final-a=1;final-b=0`: each item's id, 1 when answered correctly. */
export function itemResultsUrn(results: readonly ItemResult[], list: ItemList = 'final'): string {
  for (const { id } of results) if (!ID.test(id)) throw new Error(`Not an item id: "${id}"`);
  return URNS[list] + results.map(({ id, correct }) => `${id}=${correct ? 1 : 0}`).join(';');
}

/** Reads `itemResultsUrn`'s output back; null when it is not one (malformed, empty, an item twice). */
export function itemResultsFromUrn(urn: string, list: ItemList = 'final'): ItemResult[] | null {
  const prefix = URNS[list];
  if (!urn.startsWith(prefix)) return null;
  const parts = urn.slice(prefix.length).split(';');
  if (parts.length > MAX_ITEMS) return null;
  const results: ItemResult[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const match = /^(.+)=([01])$/.exec(part);
    if (!match || !ID.test(match[1]!) || seen.has(match[1]!)) return null;
    seen.add(match[1]!);
    results.push({ id: match[1]!, correct: match[2] === '1' });
  }
  return results;
}

/** How many of the items were answered correctly, of how many. */
export function tally(results: readonly ItemResult[]): { correct: number; total: number } {
  return { correct: results.filter((item) => item.correct).length, total: results.length };
}
