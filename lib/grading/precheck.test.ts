import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { finalSlots } from '@/content/questions/final';
import { checkForm, drawForm } from './draw';
import { drawPrecheck } from './precheck';

const sequence = (values: readonly number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};
const randoms = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1 });
const slotOf = (id: string) => finalSlots.find((slot) => slot.items.some((item) => item.id === id))!;

describe('the knowledge pre-check', () => {
  it('asks one bank item on each lesson, each from a different slot (property)', () => {
    fc.assert(
      fc.property(randoms, (values) => {
        const asked = drawPrecheck(finalSlots, sequence(values));
        const lessons = asked.map((item) => slotOf(item.id).lesson);
        expect(new Set(lessons)).toEqual(new Set(finalSlots.map((slot) => slot.lesson)));
        expect(asked).toHaveLength(new Set(finalSlots.map((slot) => slot.lesson)).size);
        expect(lessons.filter((lesson) => lessonOrder.includes(lesson as never))).toEqual(lessons);
      }),
    );
  });

  it('leaves the final check a whole form of other items wherever a slot has them (property)', () => {
    fc.assert(
      fc.property(randoms, randoms, (first, second) => {
        const seen = drawPrecheck(finalSlots, sequence(first)).map((item) => item.id);
        const form = drawForm(finalSlots, { earlier: seen }, sequence(second));
        expect(
          checkForm(
            finalSlots,
            form.map((item) => item.id),
          ).ok,
        ).toBe(true);
        for (const item of form) {
          if (slotOf(item.id).items.length > 1) expect(seen).not.toContain(item.id);
        }
      }),
    );
  });
});
