import * as z from 'zod/mini';

export const CHOOSE_AN_ANSWER = 'Choose an answer to this question.';

/** Every listed question must have an answer (a radio value) before the form is graded. */
export function answerSchema(questionIds: readonly string[]) {
  return z.object(
    Object.fromEntries(
      questionIds.map((id) => [
        id,
        z.string({ error: CHOOSE_AN_ANSWER }).check(z.minLength(1, CHOOSE_AN_ANSWER)),
      ]),
    ),
  );
}
