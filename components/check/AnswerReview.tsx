import type { QuestionOption } from '@/content/questions/types';

export interface ReviewQuestion {
  id: string;
  prompt: string;
  options: readonly QuestionOption[];
  answer: number;
  sources: readonly string[];
}

/**
 * One graded question: every option with its verdict and explanation, the learner's choice marked in words.
 * `order` lists option indexes in the order they were shown.
 */
export function AnswerReview({
  question,
  number,
  chosen,
  order,
}: {
  question: ReviewQuestion;
  number: number;
  chosen: number | null;
  order?: readonly number[];
}) {
  const shown = order ?? question.options.map((_, i) => i);
  return (
    <div className="check__question">
      <p>
        <strong>
          {number}. {question.prompt}
        </strong>
      </p>
      {chosen === null && <p className="field-error">Not answered.</p>}
      <ul>
        {shown.map((oi) => {
          const option = question.options[oi]!;
          const right = oi === question.answer;
          return (
            <li key={oi} className="check__feedback">
              <span>{option.text}</span>
              {oi === chosen && <strong> (your answer)</strong>}{' '}
              <span className={`check__verdict ${right ? 'check__verdict--right' : 'check__verdict--wrong'}`}>
                {right ? 'Correct.' : 'Not the best answer.'}
              </span>{' '}
              {option.explanation}
            </li>
          );
        })}
      </ul>
      <p className="source">Source: {question.sources.join('; ')}</p>
    </div>
  );
}
