import type { Poll, PollQuestion } from './types';

/*
 * The study's seven items in the module's own plain wording (the study's exact questions and answer
 * options are not available). Asked once before any figure is shown ('before'); the four attitude items
 * are asked again at the end ('after'). Attitude answers are never graded.
 */

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const usesNetworks: PollQuestion = {
  id: 'stand-uses-networks',
  prompt:
    'Do you use online social networks (such as Facebook, Instagram or LinkedIn) in your personal life?',
  options: yesNo,
  item: 'osn-use',
  matches: 'yes',
};

export const lookedAtProfile: PollQuestion = {
  id: 'stand-looked-at-profile',
  prompt:
    'Have you ever looked at the social-network profile of a patient, or of someone in a patient’s family?',
  options: yesNo,
  item: 'visited-patient-profile',
  matches: 'yes',
};

export const receivedRequest: PollQuestion = {
  id: 'stand-received-request',
  prompt:
    'Has a patient, or someone in a patient’s family, ever sent you a friend or connection request on a social network?',
  options: yesNo,
  item: 'friend-request-received',
  matches: 'yes',
};

/** The attitude items, with the id prefix that says whether they are asked before or after the lessons. */
function attitudeQuestions(when: 'before' | 'after'): PollQuestion[] {
  const lockOnceAnswered = when === 'before';
  return [
    {
      id: `${when}-ethics-social`,
      prompt:
        'Is it ethically acceptable for a doctor to interact with patients on social networks for social reasons?',
      options: [
        { value: 'acceptable', label: 'Acceptable' },
        { value: 'not-acceptable', label: 'Not acceptable' },
        { value: 'unsure', label: 'Unsure' },
      ],
      item: 'ethics-social',
      lockOnceAnswered,
      matches: 'not-acceptable',
    },
    {
      id: `${when}-ethics-patient-care`,
      prompt:
        'Is it ethically acceptable for a doctor to interact with patients on social networks about their care?',
      options: [
        { value: 'acceptable', label: 'Acceptable' },
        { value: 'not-acceptable', label: 'Not acceptable' },
        { value: 'unsure', label: 'Unsure' },
      ],
      item: 'ethics-patient-care',
      lockOnceAnswered,
      matches: 'not-acceptable',
    },
    {
      id: `${when}-communication-outlook`,
      prompt: 'Could online social networks improve communication between patients and doctors?',
      options: [
        { value: 'optimistic', label: 'Yes, they could' },
        { value: 'pessimistic', label: 'No, I doubt it' },
        { value: 'unsure', label: 'Unsure' },
      ],
      item: 'communication-outlook',
      lockOnceAnswered,
      matches: 'pessimistic',
    },
    {
      id: `${when}-confidentiality-concern`,
      prompt:
        'Are you concerned about keeping patient information confidential when doctors use social networks?',
      options: [
        { value: 'concerned', label: 'Yes, concerned' },
        { value: 'not-concerned', label: 'No, not concerned' },
        { value: 'unsure', label: 'Unsure' },
      ],
      item: 'confidentiality-concern',
      lockOnceAnswered,
      matches: 'concerned',
    },
  ];
}

export const beforePoll: Poll = {
  id: 'before',
  intro: 'Seven short questions, before you see any figures. There are no right or wrong answers.',
  questions: [usesNetworks, lookedAtProfile, receivedRequest, ...attitudeQuestions('before')],
};

export const afterPoll: Poll = {
  id: 'after',
  intro: 'The same four questions on attitudes as at the start. Answer as you see it now.',
  questions: attitudeQuestions('after'),
};
