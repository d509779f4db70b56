import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "Guidance and practice". Wording is the module's own. */
export const guidanceQuestions: readonly Question[] = [
  {
    id: 'guide-ama-timing',
    lesson: 'guidance-and-practice',
    prompt:
      'The American Medical Association adopted its policy on professionalism in the use of social media in November 2010. How does that date relate to the Bosslet national survey?',
    options: [
      {
        text: 'It came before the survey’s fieldwork began, so respondents could have read it.',
        explanation:
          'No. The fieldwork ran from February to May 2010, months before the policy was adopted in November.',
      },
      {
        text: 'It came during the fieldwork, so some respondents answered with it and some without.',
        explanation:
          'No. The fieldwork had ended in May 2010, about six months before the policy was adopted.',
      },
      {
        text: 'It came after the fieldwork ended and before the survey was published.',
        explanation:
          'Right. Respondents answered without the policy; by the time the results were published in 2011, it existed.',
      },
      {
        text: 'It came after the survey was published, in response to its findings.',
        explanation:
          'No. The survey was published in 2011, after the policy, so the policy could not have responded to it.',
      },
    ],
    answer: 2,
    sources: ['ama-2010', 'bosslet-2011'],
  },
  {
    id: 'guide-school-responses',
    lesson: 'guidance-and-practice',
    prompt:
      'In the 2009 survey of US medical schools (Chretien and colleagues), how did the schools that reported incidents of unprofessional posting by students respond?',
    options: [
      {
        text: 'Informal warnings were far more common than dismissal, though some schools did dismiss students.',
        explanation:
          'Right. About two-thirds of the schools with incidents used an informal warning, and a small share dismissed students.',
      },
      {
        text: 'Most of them dismissed the students involved.',
        explanation:
          'No. Dismissal was the response of only a small share of the schools with incidents; informal warnings were far more common.',
      },
      {
        text: 'They took no action, since no school had a policy on online content.',
        explanation:
          'No. Schools responded with anything from an informal warning to dismissal, and some schools did have a policy covering what students post online, though fewer than half.',
      },
      {
        text: 'They reported every incident to the state medical board.',
        explanation:
          'No. The responses the survey reported were the schools’ own, from an informal warning to dismissal. State medical boards license physicians, not medical students.',
      },
    ],
    answer: 0,
    sources: ['chretien-2009'],
  },
  {
    id: 'guide-board-reports',
    lesson: 'guidance-and-practice',
    prompt:
      'In the 2012 survey of US state medical boards, 92% of the boards that responded had had at least one online-professionalism violation reported to them. What is the most careful reading?',
    options: [
      {
        text: 'Nearly all US physicians have breached online professionalism.',
        explanation:
          'No. The figure is a share of boards, not of physicians: a single report is enough for a board to count.',
      },
      {
        text: 'Nearly all responding boards took disciplinary action over online conduct.',
        explanation:
          'No. This is a common misreading. The figure counts violations reported to the boards; the survey does not say that action followed.',
      },
      {
        text: 'Every US medical board has received such a report.',
        explanation:
          'No. Not every board answered the survey, and not every board that answered had received a report.',
      },
      {
        text: 'Nearly all responding boards had received at least one report, and a report is not a finding that a physician did wrong.',
        explanation:
          'Right. The figure counts reports that reached the boards. A report may prove unfounded, and the figure says nothing about how many physicians were involved.',
      },
    ],
    answer: 3,
    sources: ['greysen-2012'],
  },
  {
    id: 'guide-privacy-settings',
    lesson: 'guidance-and-practice',
    prompt: 'What does the AMA’s 2010 policy advise about privacy settings?',
    options: [
      {
        text: 'With strict privacy settings, personal content carries no professional risk.',
        explanation:
          'No. The policy says that privacy settings are not absolute, and that what is posted is likely to be permanent.',
      },
      {
        text: 'Use them to protect personal information, knowing that they are not absolute and that posts are likely to last.',
        explanation:
          'Right. The policy recommends privacy settings and, in the same breath, warns that they cannot guarantee privacy and that content tends to be permanent.',
      },
      {
        text: 'They are pointless, so physicians should stay off social networks.',
        explanation:
          'No. The policy recommends using privacy settings; it does not ask physicians to stay off social networks.',
      },
      {
        text: 'They matter only for patients, not for physicians.',
        explanation:
          'No. The advice is addressed to physicians, to safeguard their own personal information.',
      },
    ],
    answer: 1,
    sources: ['ama-2010'],
  },
  {
    id: 'guide-patients-side',
    lesson: 'guidance-and-practice',
    prompt:
      'A survey of US retail-pharmacy customers, published in 2016 (Lee and colleagues), asked how they had contacted physicians in the past six months. What did it find, and how does this module use it?',
    options: [
      {
        text: 'More had used Facebook than e-mail; it updates the figures of the 2010 national survey.',
        explanation:
          'No. E-mail (37%) was about twice as common as Facebook (18%). And the survey asked other people, years later, about something else, so it updates nothing in the 2010 survey.',
      },
      {
        text: 'No one had contacted a physician through Facebook, so online contact from patients is rare.',
        explanation:
          'No. Some 18% of respondents said they had contacted a physician through Facebook in the past six months.',
      },
      {
        text: 'More had used e-mail than Facebook, though some had used Facebook; the module uses it as context, not as a measure comparable with the 2010 survey.',
        explanation:
          'Right. 37% had used e-mail and 18% Facebook. It is a later survey of a different population, so it adds context about the patient’s side without being set beside the 2010 figures.',
      },
      {
        text: 'Physicians usually start online contact with patients.',
        explanation:
          'No. The survey asked patients how they had contacted physicians. The 2010 national survey concluded that contact is more typically started by patients.',
      },
    ],
    answer: 2,
    sources: ['lee-2016', 'bosslet-2011'],
  },
  {
    id: 'guide-colleague-first-step',
    lesson: 'guidance-and-practice',
    prompt:
      'A fellow resident posts party photos that you find unprofessional; no patient is involved. According to the AMA’s 2010 policy, what should you do first?',
    options: [
      {
        text: 'Raise it with the colleague yourself.',
        explanation:
          'Right. The AMA asks physicians to speak to the colleague first, and to report the content only if it seriously breaches professional norms and the colleague does not act.',
      },
      {
        text: 'Report it at once to the state medical board.',
        explanation:
          'No. Under the AMA policy reporting comes later, if the content seriously breaches professional norms and the colleague does nothing. The first step is a word with the colleague.',
      },
      {
        text: 'Share it with other colleagues so that you can decide together.',
        explanation:
          'No. Passing the post around spreads it further and is not a step the guidance describes; the AMA asks you to speak to the colleague.',
      },
      {
        text: 'Do nothing: what colleagues post in their own time is their own business.',
        explanation:
          'No. The AMA notes that what physicians post can harm their careers and public trust in the profession, and asks colleagues to raise it.',
      },
    ],
    answer: 0,
    sources: ['ama-2010'],
  },
];

/** The final check's slots for this lesson: one objective each, with parallel items. */
export const guidanceFinalSlots: readonly FinalSlot[] = [
  {
    id: 'slot-guide-professional-presence',
    lesson: 'guidance-and-practice',
    objective:
      'Plan a professional presence online that keeps personal and professional apart, as the guidance asks.',
    items: [
      {
        id: 'final-guide-professional-page',
        lesson: 'final',
        prompt:
          'A physician wants to share health education online with people in her town. Which plan best follows the guidance of the AMA, the FSMB and the ACP with the FSMB?',
        options: [
          {
            text: 'Post from her personal account, which already has many local followers, and make it public.',
            explanation:
              'No. All three bodies ask physicians to keep personal and professional presences or content apart; a public personal account mixes them.',
          },
          {
            text: 'Open a professional page and answer patients’ questions about their own treatment in its comments.',
            explanation:
              'No. Clinical matters belong in secure channels, and answering a patient’s own care in public comments puts her privacy at risk.',
          },
          {
            text: 'Open a professional page, and invite her patients to friend her personal account too, so they get to know her.',
            explanation:
              'No. The ACP and FSMB advise against friending patients on personal sites, and the FSMB keeps contact with patients off personal pages.',
          },
          {
            text: 'Open a separate professional page for general education, state her credentials accurately, and point personal medical questions to the clinic’s secure channels.',
            explanation:
              'Right. It keeps the professional apart from the personal, avoids the misrepresented credentials that boards often hear about, and sends clinical matters to secure channels.',
          },
        ],
        answer: 3,
        sources: ['ama-2010', 'fsmb-2012', 'acp-fsmb-2013', 'greysen-2012'],
      },
    ],
  },
  {
    id: 'slot-guide-clinical-contact',
    lesson: 'guidance-and-practice',
    objective:
      'Decide which online contact with a patient the FSMB’s limits allow, and where a clinical question belongs.',
    items: [
      {
        id: 'final-guide-fsmb-contact',
        lesson: 'final',
        prompt:
          'Under the Federation of State Medical Boards’ 2012 model guidelines, when may a physician interact with a patient online?',
        options: [
          {
            text: 'Whenever the patient starts the contact, on any site.',
            explanation:
              'No. Who starts the contact does not matter in the guidelines: they limit its subject, the relationship and the channel.',
          },
          {
            text: 'Only about the patient’s treatment, within an established patient–physician relationship, and never through personal social networking pages.',
            explanation:
              'Right. The guidelines set all three limits: the subject is the patient’s treatment, the relationship already exists, and personal pages are never the channel.',
          },
          {
            text: 'Only through personal social networking pages, where the physician controls the privacy settings.',
            explanation:
              'No. This is the opposite of the guidelines, which rule out personal social networking pages for contact with patients.',
          },
          {
            text: 'Never, in any form.',
            explanation:
              'No. The guidelines allow online contact about a patient’s treatment within an established relationship, away from personal pages.',
          },
        ],
        answer: 1,
        sources: ['fsmb-2012'],
      },
    ],
  },
  {
    id: 'slot-guide-escalation',
    lesson: 'guidance-and-practice',
    objective:
      'Decide what to do when a colleague’s seriously unprofessional post stays up after you raised it.',
    items: [
      {
        id: 'final-guide-colleague-unresolved',
        lesson: 'final',
        prompt:
          'A colleague’s public post describes a recent patient in enough detail that the patient could be recognized. You raised it with the colleague a week ago, and the post is still up. What does the guidance advise now?',
        options: [
          {
            text: 'Leave it: you did your part when you spoke to the colleague.',
            explanation:
              'No. The AMA asks physicians to report content that seriously breaches professional norms when the colleague does not act, and patient confidentiality is such a norm.',
          },
          {
            text: 'Comment on the post publicly to warn others.',
            explanation:
              'No. A public comment draws more readers to the patient’s details; the guidance points to the appropriate authorities instead.',
          },
          {
            text: 'Report it to the appropriate authority, since it is a serious breach and the colleague has not acted.',
            explanation:
              'Right. Speaking to the colleague came first; with a breach of confidentiality left standing, the AMA and the FSMB both call for a report.',
          },
          {
            text: 'Ask the patient to complain to the state medical board instead.',
            explanation:
              'No. The AMA and the FSMB ask the physician who sees the content to report it; passing that task to the patient shifts a professional duty onto them.',
          },
        ],
        answer: 2,
        sources: ['ama-2010', 'fsmb-2012'],
      },
    ],
  },
];
