import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankItems } from '@/content/questions/final';
import { itemResultsFromUrn, itemResultsUrn, type ItemResult } from './item-results';

const resultsArbitrary = fc
  .uniqueArray(fc.constantFrom(...bankItems.map((item) => item.id)), { minLength: 1, maxLength: 20 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.boolean().map((correct): ItemResult => ({ id, correct })))));

describe('item results in a credential', () => {
  it('read back exactly as written, for any set of the bank’s items (property)', () => {
    fc.assert(
      fc.property(resultsArbitrary, (results) => {
        expect(itemResultsFromUrn(itemResultsUrn(results))).toEqual(results);
      }),
    );
  });

  it('carry only ids and a right/wrong mark', () => {
    expect(
      itemResultsUrn([
        { id: 'final-a', correct: true },
        { id: 'final-b', correct: false },
      ]),
    ).toBe('urn:friend-request:final-items:final-a=1;final-b=0');
  });

  it('keep the pre-check’s list apart from the final check’s: neither reads as the other', () => {
    const results = [{ id: 'final-a', correct: true }];
    const precheck = itemResultsUrn(results, 'precheck');
    expect(precheck).toBe('urn:friend-request:precheck-items:final-a=1');
    expect(itemResultsFromUrn(precheck, 'precheck')).toEqual(results);
    expect(itemResultsFromUrn(precheck)).toBeNull();
    expect(itemResultsFromUrn(itemResultsUrn(results), 'precheck')).toBeNull();
  });

  it('are refused when tampered: another prefix, a mark other than 0 or 1, an item twice, an odd id', () => {
    const urn = itemResultsUrn([{ id: 'final-a', correct: true }]);
    for (const bad of [
      urn.replace('final-items', 'final-itemz'),
      urn.replace('=1', '=2'),
      `${urn};final-a=0`,
      `${urn};Final B=1`,
      'urn:friend-request:final-items:',
    ]) {
      expect(itemResultsFromUrn(bad), bad).toBeNull();
    }
  });
});
