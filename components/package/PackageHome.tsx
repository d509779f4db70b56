import { ResumeButton } from '@/components/home/ResumeButton';
import { moduleObjectives } from '@/content/course/objectives';
import { getSource } from '@/content/study';
import { courseMinutes, getLessons } from '@/lib/content/lessons';

/** The package's first page: what the course is, what the learner will be able to do, and where to begin. */
export function PackageHome() {
  const lessons = getLessons();
  return (
    <div className="hero">
      <p className="block__label">An e-learning module for medicine</p>
      <h1>Friend Request? Patients, physicians and social networks</h1>
      <p className="lede">
        What do you do when a patient sends you a friend request, or when you are tempted to look up a patient
        online? This module works through those moments with the figures of a national survey of US medical
        students, residents and practicing physicians, and the professional guidance that followed it.
      </p>
      <ul className="facts" aria-label="At a glance">
        <li>
          About {courseMinutes()} minutes, in {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}
        </li>
        <li>Then a final check, which your LMS records</li>
      </ul>
      <ResumeButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <h2>What you will be able to do</h2>
      <ul className="prose">
        {moduleObjectives.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </ul>
      <h2>Your privacy</h2>
      <p className="prose">
        Your answers, reflections and place in the course are kept in this browser and, so that you can carry
        on from another computer, by your LMS as the course&rsquo;s resume data. Your LMS also receives your
        status, your final-check score and your answer to each final-check question. Nothing goes anywhere
        else.
      </p>
      <p className="source">Built on {getSource('bosslet-2011').short}.</p>
    </div>
  );
}
