import type { Poll } from './types';

/**
 * Poll for the lesson "Guidance and practice". The questions are the module's own; none mirrors an item of
 * the Bosslet survey, so no national figures are set beside the answers. Never graded.
 */
export const guidancePoll: Poll = {
  id: 'guide',
  intro:
    'Answer for yourself before you read what the guidance says. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    {
      id: 'guide-medication-message',
      prompt: 'In the case above, what would you do with the message about the medication?',
      options: [
        { value: 'answer-there', label: 'Answer the question in a reply to the message' },
        {
          value: 'redirect',
          label: 'Reply briefly, without clinical advice, and point to the clinic’s portal or phone',
        },
        {
          value: 'on-call-phones',
          label: 'Pass it to the doctor on call to phone her, and not reply on the network',
        },
        { value: 'no-reply', label: 'Leave the message unanswered' },
        { value: 'unsure', label: 'Not sure' },
      ],
    },
    {
      id: 'guide-professional-page',
      prompt: 'Would you keep a separate professional page or account for health education?',
      options: [
        { value: 'have-one', label: 'I already have one' },
        { value: 'would-consider', label: 'I would consider it' },
        { value: 'would-not', label: 'No, I would rather not' },
        { value: 'unsure', label: 'Not sure' },
      ],
    },
    {
      id: 'guide-policy-known',
      prompt:
        'Does your school, program or employer have a written policy on what its students or staff post online?',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'dont-know', label: 'I don’t know' },
      ],
    },
  ],
};
