import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "Is it ethical?". Wording is the module's own. */
export const isItEthicalQuestions: readonly Question[] = [
  {
    id: 'ethics-the-rest',
    lesson: 'is-it-ethical',
    prompt:
      'The survey reports that 68.3% of respondents did not think it ethically acceptable to interact with patients on social networks for social reasons. What does it tell you about the other 31.7%?',
    options: [
      {
        text: 'They all thought it ethically acceptable',
        explanation:
          'No. The abstract reports only one side. The others may have thought it acceptable, been unsure or skipped the question; how they divide is not reported.',
      },
      {
        text: 'They were all unsure',
        explanation:
          'No. Nothing in the abstract says so. Some may have thought it acceptable and some may not have answered.',
      },
      {
        text: 'They split about evenly between “acceptable” and “unsure”',
        explanation:
          'No. That would be an invented split. The module shows the rest as one computed share because the study does not divide it.',
      },
      {
        text: 'Nothing more: the abstract does not say how they divide between other answers, uncertainty or no answer',
        explanation:
          'Right. The rest is computed from the reported share and cannot be split. Showing it as “acceptable” or “unsure” would claim more than the data holds.',
      },
    ],
    answer: 3,
    sources: ['bosslet-2011'],
  },
  {
    id: 'ethics-no-groups',
    lesson: 'is-it-ethical',
    prompt:
      'Did residents in the survey think social contact with patients unacceptable more often than practicing physicians did?',
    options: [
      {
        text: 'Yes, residents said so more often',
        explanation:
          'No. The attitude items are reported for all respondents together, so no such difference can be read from them.',
      },
      {
        text: 'The abstract cannot tell you: the attitude items are pooled over all respondents, with no figures by group',
        explanation:
          'Right. Unlike the three behaviour items, the four attitude items are reported only for all respondents together.',
      },
      {
        text: 'No, practicing physicians said so more often',
        explanation:
          'No. There are no figures by group for this item, so neither group can be said to have answered one way more often.',
      },
      {
        text: 'The three groups gave exactly the same answers',
        explanation:
          'No. The abstract gives one pooled figure; it does not show that the groups agreed, only that their answers were not reported separately.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011'],
  },
  {
    id: 'ethics-most-shared',
    lesson: 'is-it-ethical',
    prompt: 'Which of the four attitudes in the survey was held by the largest share of respondents?',
    options: [
      {
        text: 'Concern about maintaining patient confidentiality',
        explanation:
          'Right. Concern about confidentiality was the most widely shared of the four views, ahead of the two ethics items.',
      },
      {
        text: 'That interacting with patients on social networks for social reasons is not ethically acceptable',
        explanation:
          'No. A clear majority held this view, but a larger share expressed concern about confidentiality.',
      },
      {
        text: 'That interacting with patients on social networks for patient care is not ethically acceptable',
        explanation:
          'No. About as many held this view as for social reasons, but concern about confidentiality was more widely shared.',
      },
      {
        text: 'Pessimism about social networks improving patient–doctor communication',
        explanation: 'No. Just under half were pessimistic: the smallest reported share of the four.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
  {
    id: 'ethics-unnamed-post',
    lesson: 'is-it-ethical',
    prompt:
      'A student’s draft post about an interesting case names no one, but gives the patient’s age, sport and rare diagnosis and says it happened “last night”; her profile names the hospital where she works. Why is it still a risk to confidentiality?',
    options: [
      {
        text: 'It is not a risk: without a name, nobody can be identified',
        explanation:
          'No. A name is only one identifier. Details, a date and the author’s workplace together can point to one person.',
      },
      {
        text: 'It is a risk only if the patient has a social network account',
        explanation:
          'No. The people who might recognize him, such as family, teammates or coworkers, do not need him to be online.',
      },
      {
        text: 'Together, the details and her workplace can point to one person for people who know him',
        explanation:
          'Right. The AMA asks physicians to protect confidentiality online as anywhere else, and a case can be taught in settings where everyone shares that duty.',
      },
      {
        text: 'It is a risk only if her privacy settings are public',
        explanation:
          'No. Classmates and friends can recognize a patient too, and the AMA warns that privacy settings are not absolute.',
      },
    ],
    answer: 2,
    sources: ['ama-2010'],
  },
  {
    id: 'ethics-schools-2009',
    lesson: 'is-it-ethical',
    prompt:
      'What did the 2009 survey of deans of student affairs at US medical schools (Chretien 2009) find?',
    options: [
      {
        text: 'No school reported any incident of students posting unprofessional content',
        explanation: 'No. A majority of the schools that responded reported at least one such incident.',
      },
      {
        text: 'Most responding schools reported incidents of students posting unprofessional content, some of them violations of patient confidentiality',
        explanation:
          'Right. Among the schools with incidents, a minority reported confidentiality violations; profanity and discriminatory language were reported more often.',
      },
      {
        text: 'Violations of patient confidentiality were the most common kind of incident',
        explanation:
          'No. Confidentiality violations were reported by a minority of the schools with incidents; other kinds, such as profanity, were reported more often.',
      },
      {
        text: 'The incidents concerned residents, not medical students',
        explanation: 'No. The deans were asked about medical students posting unprofessional content online.',
      },
    ],
    answer: 1,
    sources: ['chretien-2009'],
  },
  {
    id: 'ethics-colleague-post',
    lesson: 'is-it-ethical',
    prompt:
      'A fellow resident posts a joke about a patient, with part of the ward visible in the photo. According to the AMA’s 2010 policy, what should you do first?',
    options: [
      {
        text: 'Report it at once to the medical board, without speaking to the colleague',
        explanation:
          'Not first. The AMA’s sequence starts with the colleague; reporting to the appropriate authorities follows if the content is a serious breach and the colleague does not act.',
      },
      {
        text: 'Comment publicly under the post so that others see it is wrong',
        explanation:
          'No. A public comment draws more attention to the post and to the patient. The policy asks you to raise it with the colleague.',
      },
      {
        text: 'Ignore it: what a colleague posts on a personal page is private',
        explanation:
          'No. The AMA asks physicians who see a colleague’s unprofessional content to act, and the FSMB asks them to report what they witness.',
      },
      {
        text: 'Raise it with the colleague, and report it to the appropriate authorities if it is a serious breach and the colleague does not act',
        explanation:
          'Right. That is the AMA’s sequence: speak to the colleague first, then report if the content significantly breaches professional norms and stays up.',
      },
    ],
    answer: 3,
    sources: ['ama-2010', 'fsmb-2012'],
  },
];

/** The final check's slots for this lesson: one objective each, with parallel items. */
export const isItEthicalFinalSlots: readonly FinalSlot[] = [
  {
    id: 'slot-ethics-pooled-attitudes',
    lesson: 'is-it-ethical',
    objective:
      'Read the pooled attitude figures without comparing groups or people that the figures do not separate.',
    items: [
      {
        id: 'final-ethics-two-reasons',
        lesson: 'final',
        prompt:
          'In the 2010 survey, how did the share of respondents who thought it ethically unacceptable to interact with patients on social networks for patient-care reasons compare with the share for social reasons?',
        options: [
          {
            text: 'It was far lower: most respondents accepted contact about patient care.',
            explanation:
              'No. A majority did not think contact for patient-care reasons ethically acceptable either.',
          },
          {
            text: 'It was far higher: almost everyone rejected contact about patient care.',
            explanation: 'No. The two shares were almost the same.',
          },
          {
            text: 'It was about the same: a majority in both cases.',
            explanation:
              'Right. The two shares differed by less than a percentage point, and both were clear majorities.',
          },
          {
            text: 'The survey asked only about social reasons.',
            explanation: 'No. It reported both: social reasons and patient-care reasons.',
          },
        ],
        answer: 2,
        sources: ['bosslet-2011'],
      },
    ],
  },
  {
    id: 'slot-ethics-unsplit-rest',
    lesson: 'is-it-ethical',
    objective: 'Explain what the unsplit rest of a one-sided attitude figure can and cannot say.',
    items: [
      {
        id: 'final-ethics-unsure',
        lesson: 'final',
        prompt:
          'A learner answers “Unsure” to whether it is ethical for a doctor to interact with patients on social networks for social reasons. What can the 2010 survey say about how many respondents were unsure?',
        options: [
          {
            text: 'Nothing: the abstract reports only the share who did not think it acceptable, and the rest is not split.',
            explanation:
              'Right. Anyone unsure is somewhere in the rest, with those who thought it acceptable and those who skipped the question, and the study does not say how many of each.',
          },
          {
            text: 'That 31.7% were unsure.',
            explanation:
              'No. 31.7% is the whole rest, computed by the module; it includes anyone who thought it acceptable or did not answer.',
          },
          {
            text: 'That no respondent was unsure.',
            explanation: 'No. The abstract does not say that; it simply does not report the other answers.',
          },
          {
            text: 'That half of the rest were unsure.',
            explanation: 'No. That would be an invented split. The study does not divide the rest.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011'],
      },
    ],
  },
  {
    id: 'slot-ethics-colleague-content',
    lesson: 'is-it-ethical',
    objective:
      'Decide how to respond to a colleague’s unprofessional content online, as the AMA and the FSMB ask.',
    items: [
      {
        id: 'final-ethics-witness',
        lesson: 'final',
        prompt:
          'What do the FSMB’s 2012 model guidelines ask of a physician who witnesses a colleague’s unprofessional conduct online?',
        options: [
          {
            text: 'To do nothing unless a patient complains',
            explanation: 'No. The guidelines do not wait for a complaint: they ask the physician to act.',
          },
          {
            text: 'To report it',
            explanation:
              'Right. The FSMB asks physicians to report what they witness. The AMA adds a first step: raise it with the colleague, and report it if it is serious and the colleague does not act.',
          },
          {
            text: 'To share it with others as a warning',
            explanation:
              'No. Sharing spreads the content further and can harm the patient again; the guidelines ask for a report.',
          },
          {
            text: 'To quietly unfriend the colleague',
            explanation:
              'No. Unfriending removes the post from your view but leaves it online; the guidelines ask physicians to report it.',
          },
        ],
        answer: 1,
        sources: ['fsmb-2012', 'ama-2010'],
      },
    ],
  },
];
