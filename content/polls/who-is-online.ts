import { usesNetworks } from './stand';
import type { Poll } from './types';

/**
 * Poll for the lesson "Who is online". The wording is the module's own. The first question mirrors the
 * survey's item on personal use of online social networks (asked at the start too); the other two are the
 * module's own, on privacy settings and on checking one's own presence online.
 */
export const onlinePoll: Poll = {
  id: 'online',
  intro:
    'Answer for yourself before you see any figures. There are no right or wrong answers, and your answers stay in this browser.',
  questions: [
    // Shared with the questions at the start: answered there, it shows here as answered.
    usesNetworks,
    {
      id: 'online-privacy-settings',
      prompt:
        'If you have a personal social-network profile, have you changed its privacy settings from the ones it came with?',
      options: [
        { value: 'changed', label: 'Yes, I have changed them' },
        { value: 'default', label: 'No, they are as they came' },
        { value: 'not-sure', label: 'I am not sure' },
        { value: 'no-profile', label: 'I have no personal profile' },
      ],
    },
    {
      id: 'online-last-checked',
      prompt: 'When did you last look at what a stranger can find about you online?',
      options: [
        { value: 'month', label: 'In the past month' },
        { value: 'year', label: 'In the past year' },
        { value: 'longer', label: 'More than a year ago' },
        { value: 'never', label: 'Never' },
      ],
    },
  ],
};
