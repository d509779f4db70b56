import { getQuestion } from '@/content/questions';
import { KnowledgeCheckForm } from './KnowledgeCheckForm';
import { toReviewQuestion } from './reviewQuestion';

/** A lesson's knowledge check; passing it completes the lesson. */
export function KnowledgeCheck({ questions }: { questions: readonly string[] }) {
  if (questions.length === 0) throw new Error('A knowledge check needs at least one question.');
  const items = questions.map((id) => toReviewQuestion(getQuestion(id)));
  return (
    <section className="block check" aria-label="Knowledge check">
      <p className="block__label">Knowledge check</p>
      <KnowledgeCheckForm questions={items} />
    </section>
  );
}
