import { describe, expect, it } from 'vitest';
import { afterPoll, beforePoll } from '@/content/polls/stand';
import {
  ATTITUDE_ITEMS,
  attitudeLabel,
  attitudesFromPolls,
  attitudesFromUrn,
  attitudesUrn,
  checkSharedAttitudes,
} from './attitudes';

describe('shared attitudes', () => {
  it('pair each attitude item’s before and after question', () => {
    expect(ATTITUDE_ITEMS.map((entry) => entry.item)).toEqual(afterPoll.questions.map((q) => q.item));
    for (const { before, after } of ATTITUDE_ITEMS) {
      expect(beforePoll.questions).toContain(before);
      expect(afterPoll.questions).toContain(after);
    }
  });

  it('are read from progress polls, leaving out the behaviour items and unknown values', () => {
    const [first, second] = ATTITUDE_ITEMS as [(typeof ATTITUDE_ITEMS)[0], (typeof ATTITUDE_ITEMS)[0]];
    const polls = {
      'stand-uses-networks': 'yes',
      [first.before.id]: first.before.options[0]!.value,
      [first.after.id]: first.after.options[1]!.value,
      [second.after.id]: 'made-up',
    };
    expect(attitudesFromPolls(polls)).toEqual({
      [first.item]: { before: first.before.options[0]!.value, after: first.after.options[1]!.value },
    });
  });

  it('travel as a URN and come back the same, unanswered sides included', () => {
    const shared = Object.fromEntries(
      ATTITUDE_ITEMS.map(({ item, before, after }, i) => [
        item,
        i === 0
          ? { after: after.options[2]!.value }
          : { before: before.options[0]!.value, after: after.options[1]!.value },
      ]),
    );
    const urn = attitudesUrn(shared);
    expect(urn).toMatch(/^urn:friend-request:attitudes:/);
    expect(attitudesFromUrn(urn)).toEqual(shared);
  });

  it.each([
    'urn:friend-request:attitudes:',
    'urn:friend-request:attitudes:astrology=yes>no',
    'urn:friend-request:attitudes:ethics-social=maybe>no',
    'urn:other:ethics-social=acceptable>unsure',
  ])('refuse a URN that is not what the module writes: %s', (urn) => {
    expect(attitudesFromUrn(urn)).toBeNull();
  });

  it('check what a learner sends: known items, known answers, nothing else', () => {
    const item = ATTITUDE_ITEMS[0]!;
    const good = { [item.item]: { before: item.before.options[0]!.value } };
    expect(checkSharedAttitudes(good)).toEqual({ ok: true, attitudes: good });
    expect(checkSharedAttitudes({ [item.item]: { during: 'unsure' } })).toEqual({
      ok: false,
      message: `attitudes: “${item.item}” has an unknown field “during”.`,
    });
    expect(checkSharedAttitudes({ religion: { before: 'unsure' } }).ok).toBe(false);
    expect(checkSharedAttitudes([]).ok).toBe(false);
    expect(checkSharedAttitudes({}).ok).toBe(false);
  });

  it('label an answer as the learner saw it', () => {
    const item = ATTITUDE_ITEMS[0]!;
    expect(attitudeLabel(item.item, item.after.options[1]!.value)).toBe(item.after.options[1]!.label);
  });
});
