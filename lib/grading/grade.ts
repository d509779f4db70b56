/** The part of a question that grading needs: the same shape on the browser and the server. */
export interface GradableQuestion {
  id: string;
  options: readonly unknown[];
  answer: number;
}

/** Answers by question id: the index of the option the learner chose. */
export type Answers = Readonly<Record<string, number | undefined>>;

export interface QuestionResult {
  id: string;
  chosen: number | null;
  correct: boolean;
}

export interface GradeResult {
  correct: number;
  total: number;
  /** Whole percent, rounded down so that a pass is never rounded into existence. */
  scorePct: number;
  passed: boolean;
  /** Every question has a valid answer. */
  complete: boolean;
  results: QuestionResult[];
}

export const DEFAULT_PASS_MARK_PCT = 80;

/**
 * Grades a set of answers against the questions' keys. An answer that is missing, out of range or not an
 * integer counts as wrong. Pure: the browser and the certificate server call the same function.
 */
export function grade(
  questions: readonly GradableQuestion[],
  answers: Answers,
  passMarkPct: number = DEFAULT_PASS_MARK_PCT,
): GradeResult {
  if (questions.length === 0) throw new Error('Cannot grade an empty set of questions.');
  if (!(passMarkPct >= 0 && passMarkPct <= 100)) throw new Error(`Pass mark out of range: ${passMarkPct}`);
  const results = questions.map((question): QuestionResult => {
    const raw = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const chosen = Number.isInteger(raw) && raw! >= 0 && raw! < question.options.length ? raw! : null;
    return { id: question.id, chosen, correct: chosen === question.answer };
  });
  const correct = results.filter((r) => r.correct).length;
  const total = questions.length;
  const scorePct = Math.floor((correct * 100) / total);
  return {
    correct,
    total,
    scorePct,
    passed: correct * 100 >= passMarkPct * total,
    complete: results.every((r) => r.chosen !== null),
    results,
  };
}
