import { AfterView } from '@/components/course/AfterView';
import { FinalView, finalCheckSlots } from '@/components/course/FinalView';
import { LessonsView } from '@/components/course/LessonsView';
import { LessonView } from '@/components/course/LessonView';
import { PackageHome } from '@/components/package/PackageHome';
import { PackageProgress } from '@/components/package/PackageProgress';
import { StartView } from '@/components/course/StartView';
import { HydrateApart } from '@/components/layout/HydrateApart';
import { CourseApp, type CourseView } from '@/components/package/CourseApp';
import { LmsRecord } from '@/components/package/LmsRecord';
import { PackageFinalCheck, PassMarkInForce } from '@/components/package/PackageFinalCheck';
import { getLessons } from '@/lib/content/lessons';

// The LMS package's one page: every page of the course, as views named by the fragment (see CourseApp).

export default function PackagePage() {
  const lessons = getLessons();
  const titles = lessons.map(({ slug, title }) => ({ slug, title }));
  const views: Record<string, CourseView> = {
    '/': { title: 'Patients, physicians and social networks', node: <PackageHome /> },
    '/start': { title: 'Where do you stand?', node: <StartView kept="in this browser and with your LMS" /> },
    '/lessons': { title: 'Lessons', node: <LessonsView kept="in this browser and with your LMS" /> },
    '/after': { title: 'Your view, before and after', node: <AfterView /> },
    '/final': {
      title: 'Final check',
      node: (
        <FinalView passMark={<PassMarkInForce />} whoSetsIt="your LMS">
          <HydrateApart>
            <PackageFinalCheck slots={finalCheckSlots()} />
          </HydrateApart>
        </FinalView>
      ),
    },
    '/progress': { title: 'Your progress', node: <PackageProgress /> },
    '/record': {
      title: 'Your record',
      node: (
        <div className="prose">
          <h1>Your record</h1>
          <HydrateApart>
            <LmsRecord lessons={titles} />
          </HydrateApart>
        </div>
      ),
    },
  };
  for (const lesson of lessons)
    views[`/lessons/${lesson.slug}`] = { title: lesson.title, node: <LessonView slug={lesson.slug} /> };
  return <CourseApp views={views} />;
}
