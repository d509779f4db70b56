import Link from 'next/link';
import { CourseIntro } from '@/components/course/CourseIntro';
import { ModuleObjectives } from '@/components/course/ModuleObjectives';
import { AssignmentCard } from '@/components/assignment/AssignmentCard';
import { ResumeButton } from '@/components/home/ResumeButton';
import { getSource } from '@/content/study';
import { courseMinutes, getLessons } from '@/lib/content/lessons';

export default function HomePage() {
  const lessons = getLessons();
  const bosslet = getSource('bosslet-2011');
  return (
    <div className="hero">
      <CourseIntro />
      <ul className="facts" aria-label="At a glance">
        <li>For medical students, residents and physicians</li>
        <li>
          About {courseMinutes()} minutes, in {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}
        </li>
        <li>No account needed</li>
      </ul>
      <AssignmentCard lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <ResumeButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <ModuleObjectives />
      <p className="source">
        Each lesson lists its own objectives, and the final check asks about every one of these.
      </p>
      <h2>Your privacy</h2>
      <p className="prose">
        Your answers and progress are kept only in this browser, on this device. When you claim a certificate,
        your name and final-check answers are sent once to be graded and signed, and the server keeps nothing.
      </p>
      <h2>For educators</h2>
      <p className="prose">
        The <Link href="/educators">educator’s guide</Link> has a timed plan for a discussion session, and
        explains how to assign the module to a class and check the certificates learners hand in.
      </p>
      <p className="source">Built on {bosslet.short}.</p>
    </div>
  );
}
