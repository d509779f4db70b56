import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "Who is online". Wording is the module's own. */
export const whoIsOnlineQuestions: readonly Question[] = [
  {
    id: 'online-least-use',
    lesson: 'who-is-online',
    prompt:
      'In the 2010 national survey, which group of respondents least often reported using online social networks in their personal lives?',
    options: [
      {
        text: 'Medical students',
        explanation:
          'No. Students reported personal use most often of the three groups; nearly all of those who answered used social networks.',
      },
      {
        text: 'Resident physicians',
        explanation:
          'No. Residents reported personal use less often than students but clearly more often than practicing physicians.',
      },
      {
        text: 'Practicing physicians',
        explanation:
          'Right. Fewer than half of the practicing physicians who answered reported personal use, the lowest share of the three groups.',
      },
      {
        text: 'The three groups reported it about equally often',
        explanation:
          'No. Use fell steeply at each step, from students to residents to practicing physicians.',
      },
    ],
    answer: 2,
    sources: ['bosslet-2011'],
  },
  {
    id: 'online-side-by-side',
    lesson: 'who-is-online',
    prompt:
      'The lesson sets the national survey’s three groups beside Pew’s figures for US internet users by age in May 2010. Why can the bars not be matched row by row?',
    options: [
      {
        text: 'Because the two surveys were done in different years',
        explanation:
          'No. Both come from the same season of 2010; the national survey ran from February to May and Pew’s survey was in May.',
      },
      {
        text: 'Because Pew counts internet users by age, while the national survey counts respondents by stage of training without reporting their ages',
        explanation:
          'Right. The two count different people, in groups that do not line up, and ask differently worded questions. The pairing is this module’s illustration, not the authors’ comparison.',
      },
      {
        text: 'Because Pew asked only people aged 65 and older',
        explanation: 'No. Pew reports four age groups, from 18–29 up to 65 and older.',
      },
      {
        text: 'Because the national survey did not ask about personal use of social networks',
        explanation:
          'No. Personal use of online social networks was one of the survey’s items, reported for each of the three groups.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011', 'pew-2010'],
  },
  {
    id: 'online-authors-conclusion',
    lesson: 'who-is-online',
    prompt:
      'What did Bosslet and colleagues conclude about the personal use of online social networks by physicians and physicians in training?',
    options: [
      {
        text: 'That it mirrors the use of the general population',
        explanation:
          'Right. This is the authors’ own conclusion. Setting their groups beside Pew’s age groups, as the lesson does, is the module’s comparison, not theirs.',
      },
      {
        text: 'That it is far higher than in the general population at every stage of training',
        explanation:
          'No. The authors concluded that use mirrors the general population’s; practicing physicians in particular reported use much less often than students.',
      },
      {
        text: 'That it is too rare among physicians to matter for the patient–doctor relationship',
        explanation:
          'No. Most students and residents who answered used social networks, and the authors reported that contact with patients does happen there.',
      },
      {
        text: 'That it could not be measured because too few people answered',
        explanation:
          'No. The authors did report use by group. The low response rate limits how far the figures can be generalized, but it did not stop them from drawing conclusions.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
  {
    id: 'online-thompson-private',
    lesson: 'who-is-online',
    prompt:
      'When researchers searched Facebook for the medical students and residents of one US university (Thompson 2008), what did they find about the accounts?',
    options: [
      {
        text: 'Almost every account was set to private',
        explanation: 'No. Only a minority of the accounts found were set to private.',
      },
      {
        text: 'Residents were more likely than students to have an account',
        explanation:
          'No. Students were far more likely to have an account than residents at the time of that search.',
      },
      {
        text: 'No account showed personally identifiable information',
        explanation: 'No. Most accounts showed at least one item of personally identifiable information.',
      },
      {
        text: 'Most showed personally identifiable information, and fewer than two in five were set to private',
        explanation:
          'Right. Most accounts showed at least one item of personally identifiable information, and only a minority were set to private.',
      },
    ],
    answer: 3,
    sources: ['thompson-2008'],
  },
  {
    id: 'online-ama-privacy',
    lesson: 'who-is-online',
    prompt: 'What does the AMA’s 2010 policy say about privacy settings?',
    options: [
      {
        text: 'They make a personal profile safe, so nothing else is needed',
        explanation:
          'No. The policy asks physicians to use them while knowing that they are not absolute and that posts are likely to last.',
      },
      {
        text: 'Use them to protect personal information, but know they are not absolute and that posted content is likely permanent',
        explanation:
          'Right. The policy pairs privacy settings with routine monitoring of one’s own presence online and with keeping personal and professional content apart.',
      },
      {
        text: 'They are pointless, so physicians should not have personal profiles at all',
        explanation:
          'No. The policy does not forbid personal profiles; it asks physicians to use privacy settings and to keep personal and professional content apart.',
      },
      {
        text: 'They matter only for students, not for practicing physicians',
        explanation: 'No. The policy is addressed to physicians: it applies at every stage of a career.',
      },
    ],
    answer: 1,
    sources: ['ama-2010'],
  },
  {
    id: 'online-old-profile',
    lesson: 'who-is-online',
    prompt:
      'A new intern finds that her student profile, with party photos and an old post grumbling about an unnamed patient, is open to anyone. Which plan best fits the guidance in this lesson?',
    options: [
      {
        text: 'Leave it as it is: it was posted before she was a physician',
        explanation:
          'No. Patients, colleagues and employers see what is online now, whenever it was posted, and the AMA warns that online content can harm a reputation and a career.',
      },
      {
        text: 'Make the profile private and then stop thinking about it',
        explanation:
          'Not enough. Privacy settings help, but the AMA warns that they are not absolute, and asks physicians to monitor their presence online routinely.',
      },
      {
        text: 'Look at it as the public does, tighten the settings, remove what she would not want a patient to read (including the post about a patient), and check again from time to time',
        explanation:
          'Right. This follows the AMA’s advice to use privacy settings without relying on them and to monitor one’s own presence, and the ACP/FSMB advice to check periodically what is online about oneself.',
      },
      {
        text: 'Keep the post about the patient, since it does not give a name',
        explanation:
          'No. A post about a patient can identify them without a name, and the AMA asks physicians to protect confidentiality online as anywhere else.',
      },
    ],
    answer: 2,
    sources: ['ama-2010', 'acp-fsmb-2013'],
  },
];

/** The final check's slots for this lesson: one objective each, with parallel items. */
export const whoIsOnlineFinalSlots: readonly FinalSlot[] = [
  {
    id: 'slot-online-stage-figures',
    lesson: 'who-is-online',
    objective:
      'Read the survey’s figures on personal use by stage of training for what they can and cannot show.',
    items: [
      {
        id: 'final-online-training-stage',
        lesson: 'final',
        prompt:
          'In the 2010 national survey, how did personal use of online social networks differ with stage of training?',
        options: [
          {
            text: 'It rose from students to residents to practicing physicians.',
            explanation:
              'No. It went the other way: students reported use most often, practicing physicians least.',
          },
          {
            text: 'It was about the same in all three groups.',
            explanation: 'No. The shares differed widely between the groups.',
          },
          {
            text: 'Residents reported it most often, students and practicing physicians less often.',
            explanation: 'No. Residents were in between: below students and above practicing physicians.',
          },
          {
            text: 'It fell from students to residents to practicing physicians.',
            explanation:
              'Right. Nearly all students who answered used social networks, most residents did, and fewer than half of practicing physicians did.',
          },
        ],
        answer: 3,
        sources: ['bosslet-2011'],
      },
    ],
  },
  {
    id: 'slot-online-general-population',
    lesson: 'who-is-online',
    objective:
      'Explain why setting the survey beside a general-population survey by age suggests a pattern but cannot measure a difference.',
    items: [
      {
        id: 'final-online-pew-pairing',
        lesson: 'final',
        prompt:
          'Someone argues that medical students used social networks more than other young Americans in 2010, because 93.5% of student respondents did, against 86% of internet users aged 18–29 in Pew’s survey. What is the main problem with the argument?',
        options: [
          {
            text: 'The two figures count different people: Pew’s are internet users of an age band, the national survey’s are respondents at a stage of training whose ages were not reported.',
            explanation:
              'Right. The groups do not line up, the questions were worded differently, and only a small share of those asked answered the national survey, so the gap measures nothing. Setting them side by side is the module’s illustration, not the authors’ comparison.',
          },
          {
            text: 'Pew’s figure comes from a survey several years after the national survey.',
            explanation:
              'No. Pew’s survey was in May 2010, in the same season as the national survey’s fieldwork.',
          },
          {
            text: 'Nothing: the two figures can be compared directly because both are percentages.',
            explanation:
              'No. Two percentages can be compared only if they are shares of comparable groups answering comparable questions, which these are not.',
          },
          {
            text: 'The national survey did not include medical students.',
            explanation:
              'No. Medical students were one of its three groups, along with residents and practicing physicians.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011', 'pew-2010'],
      },
    ],
  },
  {
    id: 'slot-online-privacy-settings',
    lesson: 'who-is-online',
    objective:
      'Judge what privacy settings can and cannot protect, using the Facebook studies and the AMA’s advice.',
    items: [
      {
        id: 'final-online-privacy-trend',
        lesson: 'final',
        prompt:
          'Facebook was searched for the medical students and residents of one US university in 2007 and again in 2009 (Thompson 2008; Black 2010). What changed?',
        options: [
          {
            text: 'Fewer trainees had accounts, and those who did used privacy settings less.',
            explanation: 'No. Both moved the other way: more accounts, and more use of privacy settings.',
          },
          {
            text: 'Nothing measurable changed between the two searches.',
            explanation:
              'No. The share of residents with accounts rose sharply, and the 2009 group used privacy settings more.',
          },
          {
            text: 'More trainees had accounts, especially residents, and the 2009 group used privacy settings more.',
            explanation:
              'Right. Account holding rose among students and rose steeply among residents, and privacy settings were used more in 2009 than in 2007.',
          },
          {
            text: 'Students stopped using Facebook, while residents began to.',
            explanation:
              'No. Students with accounts were still the majority in 2009; residents caught up part of the way.',
          },
        ],
        answer: 2,
        sources: ['thompson-2008', 'black-2010'],
      },
    ],
  },
];
