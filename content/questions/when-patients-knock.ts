import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "When patients knock". Wording is the module's own. */
export const knockQuestions: readonly Question[] = [
  {
    id: 'knock-who-initiates',
    lesson: 'when-patients-knock',
    prompt:
      'In the conclusions of their 2011 national survey, Bosslet and colleagues said who more typically starts patient–doctor interactions on online social networks. Who?',
    options: [
      {
        text: 'Patients',
        explanation:
          'Right. The authors concluded that such interactions do happen and are more often started by patients than by physicians or physicians in training.',
      },
      {
        text: 'Practicing physicians',
        explanation:
          'Not quite. Practicing physicians reported requests and profile visits more often than the other groups, but the authors concluded that contact is more typically started by patients.',
      },
      {
        text: 'Medical students and residents',
        explanation:
          'No. Students and residents were the heaviest users of social networks, yet the authors concluded that patients, not trainees, more typically start the contact.',
      },
      {
        text: 'Patients and physicians equally often',
        explanation:
          'No. The authors drew a one-sided conclusion: contact more typically comes from patients.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
  {
    id: 'knock-most-requests',
    lesson: 'when-patients-knock',
    prompt:
      'In the 2010 survey, which group of respondents most often reported having received friend requests from patients or their family members?',
    options: [
      {
        text: 'Medical students',
        explanation: 'No. Students reported friend requests from patients least often of the three groups.',
      },
      {
        text: 'Resident physicians',
        explanation:
          'No. Residents reported such requests more often than students, but less often than practicing physicians.',
      },
      {
        text: 'Practicing physicians',
        explanation:
          'Right. Practicing physicians reported friend requests from patients or family members far more often than students or residents, even though they used social networks least.',
      },
      {
        text: 'All three groups about equally often',
        explanation:
          'No. The share differed sharply by stage of training, and the abstract states that practicing physicians were more likely to report it.',
      },
    ],
    answer: 2,
    sources: ['bosslet-2011'],
  },
  {
    id: 'knock-response-rate',
    lesson: 'when-patients-knock',
    prompt:
      'In the survey, 34.5% of practicing physicians who answered reported a friend request from a patient or family member. The overall response rate was 16.0%. What is the most careful reading?',
    options: [
      {
        text: 'Because those asked were chosen at random, the figure is accurate for all US practicing physicians.',
        explanation:
          'No. Random selection decides who is asked; it cannot protect against differences between those who choose to answer and those who do not.',
      },
      {
        text: 'It describes those who answered; among all US practicing physicians the share could be higher or lower.',
        explanation:
          'Right. With most of those asked not answering, and no information on how they differ, the figure is a rough guide to the respondents rather than a firm national estimate.',
      },
      {
        text: 'The true share is the reported share multiplied by the response rate.',
        explanation:
          'No. A response rate is not a correction factor. It tells you how many answered, not by how much the figure is off, or in which direction.',
      },
      {
        text: 'It shows that a typical practicing physician receives friend requests from patients often.',
        explanation:
          'No. The item counts who had ever received a request. How often requests arrived was not reported in the abstract.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011'],
  },
  {
    id: 'knock-not-reported',
    lesson: 'when-patients-knock',
    prompt: 'Which of these can the published abstract of the Bosslet survey NOT tell you?',
    options: [
      {
        text: 'Which group more often reported friend requests from patients',
        explanation:
          'No, this is reported: practicing physicians were more likely to report friend requests than students or residents.',
      },
      {
        text: 'Whether respondents had visited the profile of a patient or a patient’s family member',
        explanation:
          'No, this is reported for each of the three groups, with practicing physicians the most likely to say so.',
      },
      {
        text: 'The response rate in each of the three groups',
        explanation:
          'No, the abstract gives a response rate for students, for residents and for practicing physicians, as well as overall.',
      },
      {
        text: 'Whether respondents accepted the friend requests they received',
        explanation:
          'Right. Acceptance, and how often requests arrived, are not in the abstract. For what doctors say they would do, the module turns to a different, smaller survey from France.',
      },
    ],
    answer: 3,
    sources: ['bosslet-2011', 'moubarak-2011'],
  },
  {
    id: 'knock-acp-fsmb',
    lesson: 'when-patients-knock',
    prompt:
      'What does the 2013 policy statement of the American College of Physicians and the Federation of State Medical Boards advise about friending patients on a physician’s personal social networking site?',
    options: [
      {
        text: 'Allows it, as long as strict privacy settings are in place',
        explanation:
          'No. Privacy settings do not change the advice; the AMA also warns that such settings are not absolute.',
      },
      {
        text: 'Allows it when the patient sends the request first',
        explanation: 'No. The advice makes no exception for requests that come from the patient.',
      },
      {
        text: 'Advises against it, and recommends keeping professional and social spheres separate',
        explanation:
          'Right. The statement advises against friending patients on personal sites and asks physicians to keep their professional and social lives apart online.',
      },
      {
        text: 'Leaves the matter entirely to each physician, offering no guidance',
        explanation:
          'No. The statement gives clear guidance: keep the spheres separate and do not friend patients on personal sites.',
      },
    ],
    answer: 2,
    sources: ['acp-fsmb-2013', 'ama-2010'],
  },
  {
    id: 'knock-clinical-question',
    lesson: 'when-patients-knock',
    prompt:
      'A patient you see in clinic sends you a private message on a social network asking whether to change the dose of a medication. What is the best response?',
    options: [
      {
        text: 'Answer the dose question in the same message, since the patient chose that channel',
        explanation:
          'No. A personal social-network message is not a secure or professional channel, and the FSMB advises against clinical exchanges through personal pages.',
      },
      {
        text: 'Reply briefly and kindly, and ask the patient to use the clinic’s patient portal or phone, where the question can be handled safely',
        explanation:
          'Right. The guidance asks for secure channels for clinical matters and for online contact with patients only within the established relationship, never through personal pages.',
      },
      {
        text: 'Ignore the message and say nothing',
        explanation:
          'No. The question may matter for the patient’s care. A short reply pointing to the right channel keeps both the boundary and the patient safe.',
      },
      {
        text: 'Answer it in a public post, without the name, so that other patients can benefit',
        explanation:
          'No. Answering in public risks the patient’s confidentiality, which the AMA and FSMB guidance ask physicians to protect, and it still gives clinical advice outside a proper channel.',
      },
    ],
    answer: 1,
    sources: ['acp-fsmb-2013', 'fsmb-2012', 'ama-2010'],
  },
];

/** The final check's slots for this lesson: one objective each, with parallel items. */
export const knockFinalSlots: readonly FinalSlot[] = [
  {
    id: 'slot-knock-request-figures',
    lesson: 'when-patients-knock',
    objective: 'Read the survey’s figures on friend requests and profile visits with their limits.',
    items: [
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
    ],
  },
  {
    id: 'slot-knock-reply',
    lesson: 'when-patients-knock',
    objective:
      'Choose a courteous reply that declines a patient’s request and points clinical matters to a professional channel.',
    items: [
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
    ],
  },
  {
    id: 'slot-knock-board-reports',
    lesson: 'when-patients-knock',
    objective:
      'Read what the state boards’ survey says about who reports online violations, and what it does not say.',
    items: [
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
    ],
  },
];
