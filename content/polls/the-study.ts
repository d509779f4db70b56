import type { Poll } from './types';

/**
 * Poll for the lesson "The study: who was asked, who answered". The learner's own view of survey figures,
 * asked before the response rates are discussed. None of these mirrors a study item, and none is graded.
 */
export const studyPoll: Poll = {
  id: 'study',
  intro:
    'Answer for yourself before reading on. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    {
      id: 'study-trust',
      prompt:
        'How far would you trust a national figure from a mail survey that most of the people asked did not return?',
      options: [
        { value: 'quote-as-is', label: 'I would quote it as the national figure' },
        { value: 'rough-guide', label: 'I would use it as a rough guide, with a caveat' },
        { value: 'not-rely', label: 'I would not rely on it' },
        { value: 'unsure', label: 'Unsure' },
      ],
    },
    {
      id: 'study-who-returns',
      prompt:
        'A survey about social networks arrives by mail. Who do you think is more likely to fill it in and send it back?',
      options: [
        { value: 'users', label: 'People who use social networks' },
        { value: 'non-users', label: 'People who do not use them' },
        { value: 'no-difference', label: 'Neither: no difference' },
        { value: 'unsure', label: 'Unsure' },
      ],
    },
    {
      id: 'study-own-habit',
      prompt: 'When a research survey reaches you by mail or e-mail, how often do you complete it?',
      options: [
        { value: 'usually', label: 'Usually' },
        { value: 'sometimes', label: 'Sometimes' },
        { value: 'rarely', label: 'Rarely or never' },
      ],
    },
  ],
};
