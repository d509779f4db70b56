/*
 * Which final-check items a certificate's attempt answered, and whether correctly: ids and a right/wrong
 * mark only, no answers and no words. Written into the credential as the id of an Evidence entry (a URN),
 * read back by the verifier, and counted across a class by the class review.
 */

const URN = 'urn:friend-request:final-items:';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More than any final check asks; a longer list is not one this module wrote. */
const MAX_ITEMS = 60;

export interface ItemResult {
  id: string;
  correct: boolean;
}

/** `urn:friend-request:final-items:final-a=1;final-b=0`: each item's id, 1 when answered correctly. */
export function itemResultsUrn(results: readonly ItemResult[]): string {
  for (const { id } of results) if (!ID.test(id)) throw new Error(`Not an item id: "${id}"`);
  return URN + results.map(({ id, correct }) => `${id}=${correct ? 1 : 0}`).join(';');
}

/** Reads `itemResultsUrn`'s output back; null when it is not one (malformed, empty, an item twice). */
export function itemResultsFromUrn(urn: string): ItemResult[] | null {
  if (!urn.startsWith(URN)) return null;
  const parts = urn.slice(URN.length).split(';');
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
