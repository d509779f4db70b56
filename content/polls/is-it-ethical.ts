import { beforePoll } from './stand';
import type { Poll, PollQuestion } from './types';

/** The four attitude questions of the start page, reused as they are: one id, one answer, wherever shown. */
const ATTITUDE_IDS = [
  'before-ethics-social',
  'before-ethics-patient-care',
  'before-communication-outlook',
  'before-confidentiality-concern',
] as const;

const beforeAttitudes: PollQuestion[] = ATTITUDE_IDS.map((id) => {
  const question = beforePoll.questions.find((q) => q.id === id);
  if (!question) throw new Error(`The start page has no question "${id}".`);
  return question;
});

/**
 * Poll for the lesson "Is it ethical?". The wording is the module's own: the study's exact questions are
 * not available. The first four are the learner's "before" answers on the study's attitude items (shown as
 * answered if given at the start); the last is about the lesson's case. Nothing here is graded.
 */
export const ethicsPoll: Poll = {
  id: 'ethics',
  intro:
    'The four questions on attitudes from the start, then one about the case. Answer as you see it before you look at any figures. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    ...beforeAttitudes,
    {
      id: 'ethics-case-post',
      prompt: 'In Priya’s place, what would you do with the story?',
      options: [
        { value: 'post', label: 'Post it as planned: there is no name in it' },
        { value: 'post-fewer-details', label: 'Post it after taking out more details' },
        { value: 'ask-first', label: 'Ask a supervisor or the school’s guidance before deciding' },
        {
          value: 'keep-offline',
          label: 'Keep it off social media and share it in teaching settings instead',
        },
      ],
    },
  ],
};
