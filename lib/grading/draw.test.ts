import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalSlots } from '@/content/questions/final';
import { checkForm, drawForm } from './draw';

/** A repeatable random source from a list of numbers in [0, 1). */
const sequence = (values: readonly number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};
const randoms = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1 });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('drawing a final-check form', () => {
  it('asks one item of every slot, in slot order, whatever the random numbers', () => {
    fc.assert(
      fc.property(randoms, (values) => {
        const form = drawForm(finalSlots, {}, sequence(values));
        expect(form).toHaveLength(finalSlots.length);
        form.forEach((item, i) => expect(finalSlots[i]!.items).toContain(item));
      }),
    );
  });

  it('gives a retake other items of every slot that has them', () => {
    fc.assert(
      fc.property(randoms, randoms, (first, second) => {
        const before = drawForm(finalSlots, {}, sequence(first));
        const retake = drawForm(finalSlots, { lastAttempt: ids(before) }, sequence(second));
        retake.forEach((item, i) => {
          if (finalSlots[i]!.items.length > 1) expect(item.id).not.toBe(before[i]!.id);
        });
      }),
    );
  });

  it('leaves out items met earlier where the slot has an unseen one, and never fails for want of one', () => {
    const earlier = finalSlots.map((slot) => slot.items[0]!.id);
    const form = drawForm(finalSlots, { earlier }, () => 0);
    form.forEach((item, i) => {
      if (finalSlots[i]!.items.length > 1) expect(earlier).not.toContain(item.id);
    });
    // Every item of every slot met earlier and in the last attempt: the form is still whole.
    const everything = finalSlots.flatMap((slot) => ids(slot.items));
    expect(drawForm(finalSlots, { earlier: everything, lastAttempt: everything }, () => 0.5)).toHaveLength(
      finalSlots.length,
    );
  });

  it('reaches every item of the bank', () => {
    const served = new Set<string>();
    for (let k = 0; k < 10; k++)
      for (const item of drawForm(finalSlots, {}, () => k / 10)) served.add(item.id);
    expect([...served].sort()).toEqual(finalSlots.flatMap((slot) => ids(slot.items)).sort());
  });
});

describe('checking a form the server is sent', () => {
  it('accepts every form a draw can serve, in any order, and returns its items in slot order', () => {
    fc.assert(
      fc.property(randoms, fc.infiniteStream(fc.nat()), (values, shuffle) => {
        const form = drawForm(finalSlots, {}, sequence(values));
        const sent = ids(form).sort(() => (shuffle.next().value % 3) - 1);
        expect(checkForm(finalSlots, sent)).toEqual({ ok: true, items: form });
      }),
    );
  });

  it('refuses a question that is not in the bank, naming it', () => {
    const form = ids(drawForm(finalSlots, {}, () => 0));
    const check = checkForm(finalSlots, [...form.slice(1), 'made-up-question']);
    expect(check).toEqual({ ok: false, message: expect.stringContaining('"made-up-question"') });
  });

  it('refuses two items of the same slot, even with every slot answered', () => {
    const slot = finalSlots.find((s) => s.items.length > 1)!;
    const form = ids(drawForm(finalSlots, {}, () => 0));
    const check = checkForm(finalSlots, [...form, ...ids(slot.items).filter((id) => !form.includes(id))]);
    expect(check).toEqual({ ok: false, message: expect.stringContaining('same question') });
  });

  it('refuses a form with a slot left out', () => {
    const form = ids(drawForm(finalSlots, {}, () => 0));
    expect(checkForm(finalSlots, form.slice(0, -1))).toEqual({
      ok: false,
      message: expect.stringContaining('leave out a question'),
    });
  });
});
