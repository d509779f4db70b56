import type { FinalSlot, Question } from './types';

/**
 * Knowledge check for the lesson "When patients knock", and its slots for the final check. Wording is the
 * module's own. The study measured how often requests came and whether they were accepted, but its abstract
 * reports neither, so no question says what respondents did with them.
 */
export const knockQuestions: readonly Question[] = [
  {
    id: 'knock-who-initiates',
    lesson: 'when-patients-knock',
    prompt:
      'In Lena’s case the request came from a patient’s father. What did Bosslet and colleagues conclude about who more typically starts patient–doctor contact on social networks?',
    options: [
      {
        text: 'Patients, more often than physicians or physicians in training',
        explanation:
          'Right. The authors concluded that such interactions do happen and are more typically started by patients than by physicians or physicians in training.',
      },
      {
        text: 'Practicing physicians, since they reported requests and profile visits most often',
        explanation:
          'No. Practicing physicians reported requests and profile visits more often than the other groups, but the authors concluded that contact is more typically started by patients.',
      },
      {
        text: 'Students and residents, since they were the heaviest users of social networks',
        explanation:
          'No. Students and residents used social networks the most, yet the authors concluded that patients, not trainees, more typically start the contact.',
      },
      {
        text: 'Patients and physicians about equally, since both sides reported making contact',
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
      'A medical student reads that 1.2% of students who answered the 2010 survey had received a friend request from a patient or family member, and decides the matter can wait until she is in practice. What do the survey’s other figures suggest?',
    options: [
      {
        text: 'She is right: requests stay rare at every stage, since fewer than one in ten practicing physicians who answered reported one',
        explanation:
          'No. 34.5% of the practicing physicians who answered reported a request from a patient or family member: about one in three, not one in ten.',
      },
      {
        text: 'She is right, because requests fall as physicians use social networks less, and practicing physicians use them least',
        explanation:
          'No. Practicing physicians used social networks least but reported requests from patients most often, so less use did not mean fewer requests.',
      },
      {
        text: 'Requests were reported far more often later on (7.8% of residents, 34.5% of practicing physicians), so it pays to decide early',
        explanation:
          'Right. Among respondents the share rose steeply with stage of training, and the abstract states that practicing physicians were more likely to report requests. Deciding on a response before the first request arrives is easier than deciding on the spot.',
      },
      {
        text: 'Nothing, since each group was asked a differently worded question about requests, so the three figures cannot be set side by side',
        explanation:
          'No. The abstract reports one item on friend requests with a figure for each group. Its exact wording is unknown, but nothing suggests it differed between groups.',
      },
    ],
    answer: 2,
    sources: ['bosslet-2011'],
  },
  {
    id: 'knock-response-rate',
    lesson: 'when-patients-knock',
    prompt:
      'In the survey, 34.5% of the practicing physicians who answered reported a friend request from a patient or family member, and 14.1% of the practicing physicians asked answered. What is the most careful reading?',
    options: [
      {
        text: 'Because those asked were chosen at random, 34.5% is an accurate figure for all US practicing physicians in 2010.',
        explanation:
          'No. Random selection decides who is asked; it cannot protect against differences between those who choose to answer and those who do not.',
      },
      {
        text: 'It describes those who answered; among all US practicing physicians the share could be higher or lower.',
        explanation:
          'Right. With most of those asked not answering, and no information on how they differ, the figure is a rough guide to the respondents rather than a firm national estimate.',
      },
      {
        text: 'The true share is 34.5% multiplied by the response rate of 14.1%, which gives about one in twenty of all practicing physicians.',
        explanation:
          'No. A response rate is not a correction factor. It tells you how many answered, not by how much the figure is off, or in which direction.',
      },
      {
        text: 'It shows that a typical practicing physician is often sent friend requests by patients.',
        explanation:
          'No. The figure is a share of respondents who said they had received a request. How often requests came is not known from the abstract.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011'],
  },
  {
    id: 'knock-not-reported',
    lesson: 'when-patients-knock',
    prompt:
      'Lena wonders what other doctors did with requests like Marcus’s. Which of these can the published abstract of the Bosslet survey NOT tell her?',
    options: [
      {
        text: 'Which of the three groups more often reported friend requests from patients or their families',
        explanation:
          'No, this is reported: practicing physicians were more likely to report friend requests than students or residents.',
      },
      {
        text: 'Whether respondents had visited the profile of a patient or a patient’s family member',
        explanation:
          'No, this is reported for each of the three groups, with practicing physicians the most likely to say so.',
      },
      {
        text: 'The response rate in each of the three groups, and the response rate overall',
        explanation:
          'No, the abstract gives a response rate for students, for residents and for practicing physicians, as well as overall.',
      },
      {
        text: 'Whether respondents accepted the friend requests they received',
        explanation:
          'Right. The study measured acceptance, and how often requests came, but the abstract reports neither. For what doctors say they would do, the module turns to a smaller questionnaire survey from France.',
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
        text: 'It allows it, provided the physician uses strict privacy settings',
        explanation:
          'No. Privacy settings do not change the advice; the AMA also warns that such settings are not absolute.',
      },
      {
        text: 'It allows it when the patient sends the request first',
        explanation: 'No. The advice makes no exception for requests that come from the patient.',
      },
      {
        text: 'It advises against it, and asks that professional and social spheres be kept apart online',
        explanation:
          'Right. The statement advises against friending patients on personal sites and asks physicians to keep their professional and social lives apart online.',
      },
      {
        text: 'It leaves the matter to each physician’s judgement, and takes no position on friending patients on personal sites',
        explanation:
          'No. The statement takes a clear position: keep the spheres separate and do not friend patients on personal sites.',
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
        text: 'Answer the dose question in the same thread, since the patient chose that channel and a quick reply is kind',
        explanation:
          'No. A personal social-network message is not a secure, professional channel, and the FSMB keeps contact with patients off personal pages.',
      },
      {
        text: 'Reply briefly and kindly, and ask the patient to use the clinic’s secure messaging or phone for the question',
        explanation:
          'Right. The guidance sends clinical matters to secure, professional channels and keeps online contact with patients within the established relationship, never through personal pages.',
      },
      {
        text: 'Ignore the message: any reply from a personal account would itself break the guidance',
        explanation:
          'No. The question may matter for the patient’s care. A short reply pointing to the right channel keeps both the boundary and the patient safe.',
      },
      {
        text: 'Answer in a public post without the patient’s name, so that other patients with the same question can benefit',
        explanation:
          'No. Answering in public risks the patient’s confidentiality, which the AMA and FSMB ask physicians to protect, and it still gives clinical advice outside a proper channel.',
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
          'In the 2010 survey, 15.5% of practicing physicians who answered said they had visited the online profile of a patient or a patient’s family member. A resident says this shows that one in six US doctors checks up on patients online. Which correction is most accurate?',
        options: [
          {
            text: 'The figure describes few respondents, and says neither why they looked nor how often',
            explanation:
              'Right. Only 14.1% of the practicing physicians asked answered, and the abstract reports whether respondents had visited a profile, not their reasons or how often. “Checks up on patients” reads a motive into it.',
          },
          {
            text: 'It understates the habit, since the students and residents who answered reported visiting profiles even more often',
            explanation:
              'No. Students (2.3%) and residents (3.9%) who answered reported it far less often than practicing physicians.',
          },
          {
            text: 'The resident is right, since the sample was drawn at random',
            explanation:
              'No. Random selection decides who is asked, not who answers, and the figure is for practicing physicians only, not all doctors.',
          },
          {
            text: 'It should read 15.5% of all profile visits, since most of the visits that physicians reported were to colleagues’ profiles',
            explanation:
              'No. 15.5% is a share of respondents who said they had visited such a profile. The abstract says nothing about visits to colleagues.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-knock-acceptance-claim',
        lesson: 'final',
        prompt:
          'A poster at a student conference states: “A third of practicing physicians accept friend requests from patients (Bosslet 2011).” What is wrong with the claim?',
        options: [
          {
            text: 'Nothing: in the survey, every request that a physician received was counted as a request accepted',
            explanation:
              'No. The item asked about receiving a request from a patient or family member. Receiving is not accepting.',
          },
          {
            text: 'The figure is the medical students’, who were the group that reported requests from patients most often',
            explanation:
              'No. Students reported requests least often (1.2%); the third belongs to practicing physicians who answered (34.5%).',
          },
          {
            text: 'The 34.5% are respondents who said they had received a request; acceptance was asked about, but it is not in the abstract',
            explanation:
              'Right. The figure counts respondents who said a patient or family member had sent them a request. The study measured whether requests were accepted, but the abstract does not report it, so the poster claims what no one can read from it.',
          },
          {
            text: 'It understates the case, because the abstract reports that most of the requests physicians received were accepted',
            explanation:
              'No. The abstract gives no figure on acceptance at all, so it supports neither a third nor most.',
          },
        ],
        answer: 2,
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
          'The mother of a boy you treat for asthma sends a friend request to your personal account, with a note asking whether his inhaler dose can go up before the weekend. Which reply best fits the guidance?',
        options: [
          {
            text: 'Accept, then answer the dose question in a private message, since she knows you and a quick answer saves her a call',
            explanation:
              'No. The ACP/FSMB statement advises against friending patients on personal sites, and a private message is not a secure, professional channel for a clinical question.',
          },
          {
            text: 'Leave the request and the note unanswered, since any reply would cross the boundary',
            explanation:
              'No. Silence leaves a clinical question hanging. A short, kind reply that points to the proper channel keeps both the care and the boundary.',
          },
          {
            text: 'Decline kindly, say the account is for family and friends, and point the dose question to the clinic’s phone',
            explanation:
              'Right. One rule for everyone, said warmly, with the clinical question sent to a secure, professional channel where her son’s record is at hand.',
          },
          {
            text: 'Decline the request without a word and block her, so that no further messages can reach your account',
            explanation:
              'No. Blocking without a word can hurt the relationship and leaves her question unanswered. Declining kindly and pointing to the clinic does better on both counts.',
          },
        ],
        answer: 2,
        sources: ['acp-fsmb-2013', 'fsmb-2012'],
      },
      {
        id: 'final-knock-drafted-reply',
        lesson: 'final',
        prompt:
          'A resident drafts four replies to a friend request from the father of a girl she follows in clinic. Which draft best keeps both the relationship and the boundary?',
        options: [
          {
            text: '“Thank you so much! I’ll accept, but let’s keep anything medical off here, okay?”',
            explanation:
              'No. Accepting brings a patient’s family into her personal account, which the ACP/FSMB statement advises against, however carefully medical topics are kept out.',
          },
          {
            text: '“I’m not allowed to be friends with patients’ families here, sorry. Please don’t message me on this account.”',
            explanation:
              'No. It declines, but coldly, and gives the family no way to reach her about their daughter’s care.',
          },
          {
            text: '“I’ll accept for now. If her symptoms get worse, send me a message here and I’ll reply as soon as I can.”',
            explanation:
              'No. It invites clinical questions into a personal account, which the FSMB rules out as a channel for contact with patients.',
          },
          {
            text: '“Thank you, that means a lot. I keep this account for family, so I won’t connect, but you can always reach me through the clinic.”',
            explanation:
              'Right. It thanks him, gives one rule that applies to everyone, and points him to the clinic, a professional channel, for anything about his daughter.',
          },
        ],
        answer: 3,
        sources: ['acp-fsmb-2013', 'fsmb-2012'],
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
          'Greysen and colleagues asked US state medical boards about online professionalism in 2012: 31 of the 48 boards that answered, 65%, said patients or their families had brought incidents to them. Which reading is correct?',
        options: [
          {
            text: '65% of all the reports that reached the boards came from patients or their families, and most of the rest came from other physicians',
            explanation:
              'No. 65% is a share of boards, 31 of 48, that had received at least one such report, not a share of reports. And the letter does not rank the sources of reports.',
          },
          {
            text: 'About two in three responding boards had had a report from patients or families; the letter does not rank sources',
            explanation:
              'Right. The figure counts boards with at least one report from patients or families. Reports by other physicians were common too, and the letter does not say which source was more frequent.',
          },
          {
            text: 'Patients and their families were the most common source of reports, ahead of other physicians and of hospital staff',
            explanation:
              'No. The letter says that reports by other physicians were common as well, and it does not rank the sources, so neither can be called the most common.',
          },
          {
            text: 'Two in three physicians who were reported to the boards had been reported by a patient or by a patient’s family',
            explanation:
              'No. The figure counts boards, not physicians. It says nothing about how many physicians were reported, or by whom.',
          },
        ],
        answer: 1,
        sources: ['greysen-2012'],
      },
      {
        id: 'final-knock-violation-kinds',
        lesson: 'final',
        prompt:
          'Of the state medical boards that answered Greysen and colleagues in 2012, 69% had had reports of inappropriate communication with patients online, such as sexual misconduct. A speaker concludes that most online violations involve sexual misconduct. What is the right correction?',
        options: [
          {
            text: 'The speaker is right: 69% of all violations reported to the boards concerned inappropriate communication with patients',
            explanation:
              'No. 69% is a share of boards, not of violations. A board counts once whether it heard of one such case or many.',
          },
          {
            text: '69% of boards had had at least one such report; that says nothing of the share of violations',
            explanation:
              'Right. The figure counts boards that had received this kind of report, however many. Sexual misconduct is one example of the kind, and a share of boards cannot show what share of violations were of any kind.',
          },
          {
            text: 'The speaker understates it: sexual misconduct on its own made up 69% of the boards’ disciplinary actions',
            explanation:
              'No. The figure is about reports received, not disciplinary actions, and it counts boards, not cases.',
          },
          {
            text: 'The figure concerns medical students rather than practicing physicians, so it says nothing about doctors',
            explanation:
              'No. State medical boards license physicians; the survey asked them about violations by physicians.',
          },
        ],
        answer: 1,
        sources: ['greysen-2012'],
      },
    ],
  },
];
