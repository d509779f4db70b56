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
    {
      id: 'knock-received',
      prompt:
        'Has a patient, or someone in a patient’s family, ever sent you a friend or connection request on a social network?',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      item: 'friend-request-received',
      matches: 'yes',
    },
    {
      id: 'knock-looked',
      prompt:
        'Have you ever looked at the social-network profile of a patient, or of someone in a patient’s family?',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      item: 'visited-patient-profile',
      matches: 'yes',
    },
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
