/** fast-check arbitraries of valid progress documents. For tests only. */
import fc from 'fast-check';

import {
  CURRENT_VERSION,
  LIMITS,
  ROLES,
  type FinalCheckProgress,
  type LessonProgress,
  type Progress,
} from './schema';

export const idArbitrary: fc.Arbitrary<string> = fc.stringMatching(
  new RegExp(`^[a-z0-9][a-z0-9:/_-]{0,${LIMITS.idLength - 1}}$`),
);

export const isoTimeArbitrary: fc.Arbitrary<string> = fc
  .date({
    min: new Date('1970-01-01T00:00:00.000Z'),
    max: new Date('2200-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

function recordOf<V>(value: fc.Arbitrary<V>): fc.Arbitrary<Record<string, V>> {
  return fc.dictionary(idArbitrary, value, { maxKeys: 12, noNullPrototype: true });
}

export const lessonProgressArbitrary: fc.Arbitrary<LessonProgress> = fc.record(
  {
    status: fc.constantFrom('started' as const, 'completed' as const),
    lastSection: idArbitrary,
    updatedAt: isoTimeArbitrary,
  },
  { requiredKeys: ['status', 'updatedAt'] },
);

const percentArbitrary = fc.integer({ min: 0, max: 100 });

export const finalCheckArbitrary: fc.Arbitrary<FinalCheckProgress> = fc.record(
  {
    attempts: fc.integer({ min: 1, max: 10_000 }),
    answers: recordOf(fc.integer({ min: 0, max: LIMITS.optionIndex })),
    scorePct: percentArbitrary,
    passed: fc.boolean(),
    submittedAt: isoTimeArbitrary,
    firstPass: fc.record({ scorePct: percentArbitrary, at: isoTimeArbitrary }),
  },
  { requiredKeys: ['attempts', 'answers', 'scorePct', 'passed', 'submittedAt'] },
);

export const progressArbitrary: fc.Arbitrary<Progress> = fc.record(
  {
    version: fc.constant(CURRENT_VERSION),
    updatedAt: isoTimeArbitrary,
    role: fc.constantFrom(null, ...ROLES),
    lessons: recordOf(lessonProgressArbitrary),
    polls: recordOf(idArbitrary),
    checks: recordOf(fc.integer({ min: 0, max: LIMITS.optionIndex })),
    reflections: recordOf(fc.string({ unit: 'binary', maxLength: LIMITS.reflectionLength })),
    lastVisited: fc.record({ lesson: idArbitrary, section: idArbitrary }, { requiredKeys: ['lesson'] }),
    finalCheck: finalCheckArbitrary,
    assignment: fc.record({
      token: fc
        .tuple(...[1, 2, 3].map(() => fc.stringMatching(/^[\w-]{1,200}$/)))
        .map((parts) => parts.join('.')),
      openedAt: isoTimeArbitrary,
    }),
    precheck: fc.record({
      answers: recordOf(fc.integer({ min: 0, max: LIMITS.optionIndex })),
      at: isoTimeArbitrary,
    }),
  },
  { requiredKeys: ['version', 'updatedAt', 'role', 'lessons', 'polls', 'checks', 'reflections'] },
);
