import { moduleObjectives } from '@/content/course/objectives';

/** What the learner will be able to do after the module (the final check asks about each). */
export function ModuleObjectives() {
  return (
    <>
      <h2>What you will be able to do</h2>
      <ul className="prose">
        {moduleObjectives.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </ul>
    </>
  );
}
