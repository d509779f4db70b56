import { lookedAtProfile, receivedRequest } from './stand';
import type { Poll } from './types';

/**
 * Poll for the lesson "When patients knock". The wording is the module's own: the study's exact
 * questions are not available. The first two questions mirror two behaviour items of Bosslet et al. 2011;
 * the third mirrors the hypothetical question of Moubarak et al. 2011.
 */
export const knockPoll: Poll = {
  id: 'knock',
  intro:
    'Answer for yourself before you see any figures. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    // Shared with the questions at the start: answered there, they show here as answered.
    receivedRequest,
    lookedAtProfile,
    {
      id: 'knock-action',
      prompt: 'In the case above, what would you do with the request?',
      options: [
        { value: 'decline', label: 'Decline the request' },
        { value: 'case-by-case', label: 'Decide case by case, depending on the patient and the situation' },
        { value: 'accept', label: 'Accept the request' },
      ],
    },
  ],
};
