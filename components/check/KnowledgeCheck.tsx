import { getQuestion } from '@/content/questions';
import { getSource } from '@/content/study';
import { KnowledgeCheckForm, type CheckQuestion } from './KnowledgeCheckForm';

/** A lesson's knowledge check; passing it completes the lesson. */
export function KnowledgeCheck({ questions }: { questions: readonly string[] }) {
  if (questions.length === 0) throw new Error('A knowledge check needs at least one question.');
  const items: CheckQuestion[] = questions.map((id) => {
    const q = getQuestion(id);
    return {
      id: q.id,
      prompt: q.prompt,
      options: q.options,
      answer: q.answer,
      sources: q.sources.map((s) => getSource(s).short),
    };
  });
  return (
    <section className="block check" aria-label="Knowledge check">
      <p className="block__label">Knowledge check</p>
      <KnowledgeCheckForm questions={items} />
    </section>
  );
}
