import * as z from 'zod/mini';
import { CHOOSE_AN_ANSWER } from './messages';

export { CHOOSE_AN_ANSWER };

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
