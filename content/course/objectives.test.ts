import { describe, expect, it } from 'vitest';
import { finalSlots } from '@/content/questions/final';
import { guidanceSince2013FinalSlots } from '@/content/questions/guidance-since-2013';
import { moduleObjectives } from './objectives';

// The sixth lesson's slots count as soon as they are written, whether or not the course lists them yet.
const slotIds = new Set([...finalSlots, ...guidanceSince2013FinalSlots].map((slot) => slot.id));

describe('the module’s objectives', () => {
  it('are five or six, each a sentence that starts with a verb', () => {
    expect(moduleObjectives.length).toBeGreaterThanOrEqual(5);
    expect(moduleObjectives.length).toBeLessThanOrEqual(6);
    for (const objective of moduleObjectives) {
      expect(objective.text).toMatch(/^(Read|Describe|Plan|Choose|Decide|Apply|Explain|Work out)\b/);
      expect(objective.text.endsWith('.')).toBe(true);
    }
  });

  it('are each tested by at least one final-check slot that exists', () => {
    for (const objective of moduleObjectives) {
      expect(objective.slots.length, objective.id).toBeGreaterThan(0);
      for (const slot of objective.slots) expect(slotIds.has(slot), `${objective.id}: ${slot}`).toBe(true);
    }
  });

  it('cover every final-check slot exactly once', () => {
    const claimed = moduleObjectives.flatMap((objective) => objective.slots);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual([...slotIds].sort());
  });

  it('do not ask the learner to write what no question checks', () => {
    for (const objective of moduleObjectives) expect(objective.text).not.toMatch(/\bWrite\b/i);
  });
});
