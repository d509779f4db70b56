import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { finalSlots } from '@/content/questions/final';
import { checkForm, drawForm } from './draw';
import { drawPrecheck, gradePrecheck } from './precheck';

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

describe('the pre-check a certificate request carries', () => {
  it('is graded when it is a set a pre-check could ask, each answer against its own item', () => {
    const asked = drawPrecheck(finalSlots, () => 0.3);
    const answers = Object.fromEntries(
      asked.map((item, i) => [item.id, i < 2 ? item.answer : (item.answer + 1) % item.options.length]),
    );

    const graded = gradePrecheck(finalSlots, answers);

    expect(graded.ok && graded.result).toMatchObject({ correct: 2, total: asked.length });
  });

  it('may leave lessons out, but never asks two questions of one lesson or one the bank does not hold', () => {
    const [first, second] = finalSlots.filter((slot) => slot.lesson === finalSlots[0]!.lesson);
    expect(gradePrecheck(finalSlots, { [first!.items[0]!.id]: 0 }).ok).toBe(true);
    const twice = gradePrecheck(finalSlots, { [first!.items[0]!.id]: 0, [second!.items[0]!.id]: 0 });
    expect(twice).toMatchObject({
      ok: false,
      message: expect.stringContaining('two questions of one lesson'),
    });
    expect(gradePrecheck(finalSlots, { 'final-made-up': 0 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('"final-made-up"'),
    });
    expect(gradePrecheck(finalSlots, {})).toMatchObject({ ok: false });
  });
});
