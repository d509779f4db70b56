import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { guidanceFinalQuestions } from './guidance-and-practice';
import { isItEthicalFinalQuestions } from './is-it-ethical';
import { studyFinalQuestions } from './the-study';
import type { Question } from './types';
import { whoIsOnlineFinalQuestions } from './who-is-online';

/*
 * The final check: questions across the lessons (facts of the study, reading a survey critically, the
 * guidance, scenario judgement), distinct from the lessons' own checks. Options are shuffled per attempt
 * when shown; `answer` indexes the order written here, which is what progress and the server store.
 */

const knockFinal: Question[] = [
  {
    id: 'final-knock-profile-visits',
    lesson: 'final',
    prompt:
      'In the 2010 national survey, how did reports of visiting a patient’s online profile compare across the three groups?',
    options: [
      {
        text: 'Practicing physicians reported it most often, residents and students far less often.',
        explanation:
          'Right. Visiting a patient’s or family member’s profile was reported by a small share of students and residents and by a clearly larger share of practicing physicians.',
      },
      {
        text: 'Medical students reported it most often, because they used social networks most.',
        explanation:
          'No. Students used social networks the most, but they reported visiting patients’ profiles the least often.',
      },
      {
        text: 'All three groups reported it about equally often.',
        explanation: 'No. The share rose steeply from students to residents to practicing physicians.',
      },
      {
        text: 'The survey did not ask about profile visits.',
        explanation:
          'No. Having visited the profile of a patient or a patient’s family member was one of its items.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
  {
    id: 'final-knock-portal-question',
    lesson: 'final',
    prompt:
      'A patient you already treat asks about a change in her medication in a message on a social network. Which response best follows the ACP/FSMB guidance?',
    options: [
      {
        text: 'Answer the clinical question briefly in the same message thread, since she asked there.',
        explanation:
          'No. The ACP/FSMB statement advises caution with online exchanges and asks that clinical matters go through secure channels.',
      },
      {
        text: 'Ignore the message, since any reply would be unprofessional.',
        explanation:
          'No. Silence can leave a patient without help. A short reply that points to the proper channel keeps both care and boundaries.',
      },
      {
        text: 'Reply briefly without clinical detail and ask her to use the clinic’s secure portal or phone.',
        explanation:
          'Right. Clinical matters belong in secure, documented channels; a short, kind redirection respects the patient and the boundary.',
      },
      {
        text: 'Accept her friend request first, so the conversation can continue privately.',
        explanation:
          'No. The ACP/FSMB statement advises against friending patients on personal sites, and a private chat is still not a secure clinical channel.',
      },
    ],
    answer: 2,
    sources: ['acp-fsmb-2013'],
  },
  {
    id: 'final-knock-who-reports',
    lesson: 'final',
    prompt:
      'In the national survey of state medical boards (Greysen 2012), who most often reported online-professionalism violations to the boards?',
    options: [
      {
        text: 'Other physicians',
        explanation:
          'No. Colleagues did report violations, but the most common source was patients and their families.',
      },
      {
        text: 'Patients or their families',
        explanation:
          'Right. Reports came most often from patients or their families, which is one reason boundaries online matter.',
      },
      {
        text: 'Hospital administrators',
        explanation:
          'No. The letter names patients or their families as the most frequent source of reports.',
      },
      {
        text: 'The boards’ own monitoring of social networks',
        explanation:
          'No. The boards reported on violations brought to them, most often by patients or families.',
      },
    ],
    answer: 1,
    sources: ['greysen-2012'],
  },
];

/** The final check's questions of each lesson (three each). */
export const finalQuestionsByLesson: Readonly<Record<LessonSlug, readonly Question[]>> = {
  'the-study': studyFinalQuestions,
  'who-is-online': whoIsOnlineFinalQuestions,
  'when-patients-knock': knockFinal,
  'is-it-ethical': isItEthicalFinalQuestions,
  'guidance-and-practice': guidanceFinalQuestions,
};

/** In course order: three questions from each lesson. */
export const finalQuestions: readonly Question[] = lessonOrder.flatMap(
  (slug) => finalQuestionsByLesson[slug],
);

/** Every final-check question with the lesson it belongs to, in course order. */
export function finalQuestionsWithLessons(): Array<{ question: Question; lesson: LessonSlug }> {
  return lessonOrder.flatMap((lesson) =>
    finalQuestionsByLesson[lesson].map((question) => ({ question, lesson })),
  );
}
