import type { Poll } from './types';

/**
 * Poll for the lesson "What came after 2013". The questions are the module's own: one on the lesson's case
 * (the reply to an online review), two on the learner's own workplace. None mirrors an item of the Bosslet
 * survey, so no national figures are set beside the answers. Never graded.
 */
export const sincePoll: Poll = {
  id: 'since',
  intro:
    'Answer as you would act, and as things stand where you work. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    {
      id: 'since-case-reply',
      prompt: 'In Ruth’s place, what would you do with Kevin’s draft reply to the review?',
      options: [
        { value: 'post-as-drafted', label: 'Let him post it: it is polite, and it is true' },
        {
          value: 'post-fewer-details',
          label: 'Let him post it after taking out the missed visits and the cream',
        },
        {
          value: 'general-reply',
          label: 'Post a short reply that says nothing about the patient or his care',
        },
        { value: 'no-reply', label: 'Leave the review unanswered' },
        { value: 'unsure', label: 'Not sure' },
      ],
    },
    {
      id: 'since-reviews-rule',
      prompt:
        'Does your practice, program or employer say who may answer online reviews or comments about its care, and how?',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'dont-know', label: 'I don’t know' },
      ],
    },
    {
      id: 'since-breach-contact',
      prompt:
        'If a post or a reply from your workplace revealed something about a patient, would you know whom to tell?',
      options: [
        { value: 'know', label: 'Yes, I know whom to tell' },
        { value: 'would-find-out', label: 'I would have to find out' },
        { value: 'unsure', label: 'Not sure' },
      ],
    },
  ],
};
