import { CourseIntro } from '@/components/course/CourseIntro';
import { ModuleObjectives } from '@/components/course/ModuleObjectives';
import { ResumeButton } from '@/components/home/ResumeButton';
import { getSource } from '@/content/study';
import { courseMinutes, getLessons } from '@/lib/content/lessons';

/** The package's first page: what the course is, what the learner will be able to do, and where to begin. */
export function PackageHome() {
  const lessons = getLessons();
  return (
    <div className="hero">
      <CourseIntro />
      <ul className="facts" aria-label="At a glance">
        <li>
          About {courseMinutes()} minutes, in {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}
        </li>
        <li>Then a final check, which your LMS records</li>
      </ul>
      <ResumeButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <ModuleObjectives />
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
