import { ProgressTools } from '@/components/progress/ProgressTools';
import { lessonOrder } from '@/content/lessons/order';

/** The progress page inside an LMS: the same tools as the site, and where the LMS comes in. */
export function PackageProgress() {
  return (
    <div className="hero">
      <h1>Your progress</h1>
      <p className="lede">
        Your answers, reflections and place in the lessons are kept in this browser and by your LMS, which
        gives them back when you open the course again. Here you can see what is kept, download a copy, bring
        a copy back, or delete it; a status or score your LMS has already recorded stays in the LMS.
      </p>
      <ProgressTools lessonSlugs={lessonOrder} />
    </div>
  );
}
