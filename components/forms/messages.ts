/** What a question answered by choosing one option says when it is left unanswered. */
export const CHOOSE_AN_ANSWER = 'Choose an answer to this question.';
