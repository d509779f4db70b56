import type { FinalSlot, Question } from './types';

/**
 * Knowledge check for the lesson "Guidance and practice", and its slots for the final check. Wording is the
 * module's own. The ACP/FSMB statement is cited only for what the module could confirm: it sends clinical
 * matters to secure, professional channels. No particular channel (a patient portal, say) is attributed to it.
 */
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
        text: 'It came only after the survey was published, in response to its findings.',
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
      'A student who posted something unprofessional fears that dismissal is the usual response. In the 2009 survey of US medical schools (Chretien and colleagues), what had the schools with incidents mostly done?',
    options: [
      {
        text: 'Mostly given an informal warning, though a few schools had dismissed a student',
        explanation:
          'Right. About two-thirds of the schools with incidents (67%) had used an informal warning, and a small share (7%) had dismissed students.',
      },
      {
        text: 'Mostly dismissed the students involved, since few schools had any lesser step written into a policy',
        explanation:
          'No. Dismissal was the response of only a small share of the schools with incidents; informal warnings were far more common.',
      },
      {
        text: 'Nothing at all, since no school in the survey had a policy that covered what students post online',
        explanation:
          'No. Schools responded with anything from an informal warning to dismissal, and 38% of the schools that answered had a policy covering what students post online.',
      },
      {
        text: 'Referred every incident to the state medical board, which licenses students as well as physicians',
        explanation:
          'No. The responses the survey reported were the schools’ own. State medical boards license physicians, not medical students.',
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
        text: 'Nearly all US physicians have breached online professionalism at least once, since nearly all boards had a report.',
        explanation:
          'No. The figure is a share of boards, not of physicians: a single report is enough for a board to count.',
      },
      {
        text: 'Nearly all responding boards took disciplinary action over physicians’ conduct online in the years covered.',
        explanation:
          'No. This is a common misreading. The figure counts violations reported to the boards; the letter does not say that action followed.',
      },
      {
        text: 'Every US medical board has received such a report, since the boards that had none would have answered too.',
        explanation:
          'No. Not every board answered the survey (71% did), and not every board that answered had received a report.',
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
    prompt:
      'Dr. Osei works through the lesson’s checklist for his own presence online. Which plan for his personal account follows the AMA’s advice?',
    options: [
      {
        text: 'Set every account to private once, which settles the matter for good.',
        explanation:
          'No. The AMA says privacy settings are not absolute and that what is posted is likely to be permanent, so one change of settings settles nothing for good.',
      },
      {
        text: 'Look himself up as a patient would, tighten the settings, and post as if they could fail.',
        explanation:
          'Right. The AMA asks physicians to use privacy settings while knowing they are not absolute, and to monitor their own presence online routinely.',
      },
      {
        text: 'Delete every personal account, since the AMA asks physicians to keep no personal presence online at all.',
        explanation:
          'No. The policy does not forbid personal accounts; it asks physicians to use privacy settings and to consider keeping personal and professional content apart.',
      },
      {
        text: 'Leave the settings at the network’s defaults, which are designed to keep a physician’s posts away from patients.',
        explanation:
          'No. Default settings are not designed around a physician’s duties, and the AMA asks physicians to set them with care and still not rely on them.',
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
        text: 'More had used Facebook than e-mail, and the module uses it to update the 2010 figures.',
        explanation:
          'No. E-mail (37%) was about twice as common as Facebook (18%). And the survey asked other people, years later, about something else, so it updates nothing in the 2010 survey.',
      },
      {
        text: 'No one had contacted a physician through Facebook, so such contact is rare.',
        explanation:
          'No. Some 18% of respondents said they had contacted a physician through Facebook in the past six months.',
      },
      {
        text: 'E-mail was more common than Facebook, though some used Facebook; the module uses it as context only.',
        explanation:
          'Right. 37% had used e-mail and 18% Facebook. It is a later survey of a different population, so it adds context about the patient’s side without being set beside the 2010 figures.',
      },
      {
        text: 'Physicians had usually started the contact, which reverses the 2010 survey’s conclusion about who starts it.',
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
      'Your co-resident’s public profile shows weekend party photos you think unprofessional, with nothing about patients or work. Which step matches the AMA’s 2010 policy?',
    options: [
      {
        text: 'Mention it to your co-resident yourself; it goes any further only if it is a serious breach and it stays up.',
        explanation:
          'Right. The AMA asks physicians to speak to the colleague first, and to report the content only if it seriously breaches professional norms and the colleague does not act.',
      },
      {
        text: 'Report it to the state medical board, since boards act on any report of unprofessional conduct online.',
        explanation:
          'No. Under the AMA policy reporting comes later, if the content seriously breaches professional norms and the colleague does nothing. The first step is a word with the colleague.',
      },
      {
        text: 'Share it with other colleagues first, so that the group can decide together whether it is unprofessional.',
        explanation:
          'No. Passing the photos around spreads them further and is not a step the guidance describes; the AMA asks you to speak to the colleague.',
      },
      {
        text: 'Do nothing: party photos without patients in them fall outside what the professional guidance covers.',
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
            text: 'Post from her personal account, which already has many local followers, and make it public so the tips reach more of the town.',
            explanation:
              'No. All three bodies ask physicians to keep personal and professional presences or content apart; a public personal account mixes them.',
          },
          {
            text: 'Open a professional page, and answer patients’ questions about their own treatment in its public comments.',
            explanation:
              'No. Clinical matters belong in secure, professional channels, and answering a patient’s own care in public comments puts her privacy at risk.',
          },
          {
            text: 'Open a professional page, and invite her patients to friend her personal account as well, so they get to know her.',
            explanation:
              'No. The ACP and FSMB advise against friending patients on personal sites, and the FSMB keeps contact with patients off personal pages.',
          },
          {
            text: 'Open a separate professional page for general education, state her credentials accurately, and send personal medical questions to the clinic.',
            explanation:
              'Right. It keeps the professional apart from the personal, avoids the misrepresented credentials that many responding boards had had reported, and sends clinical matters to secure, professional channels.',
          },
        ],
        answer: 3,
        sources: ['ama-2010', 'fsmb-2012', 'acp-fsmb-2013', 'greysen-2012'],
      },
      {
        id: 'final-guide-one-account',
        lesson: 'final',
        prompt:
          'A new attending uses a single social-network account for everything: family photos, health tips, and messages from patients about their care. Which change best follows the guidance?',
        options: [
          {
            text: 'Keep the single account, but set it to private, so that only the patients and friends she accepts can see what she posts.',
            explanation:
              'No. A private account that patients can join still mixes the personal and the professional, and the AMA warns that settings are not absolute.',
          },
          {
            text: 'Split it: a personal account without patients, a professional page, and the clinic for care',
            explanation:
              'Right. The FSMB and the ACP with the FSMB ask for separate personal and professional presences, and clinical messages belong in secure, professional channels, not on a personal account.',
          },
          {
            text: 'Keep the single account but stop posting family photos on it.',
            explanation:
              'No. Removing the personal posts does not make a social-network account a secure channel for patients’ messages about their care.',
          },
          {
            text: 'Close the account and stay off social networks, since the guidance does not allow physicians to have them.',
            explanation:
              'No. None of the guidance bans social networks. It asks physicians to keep personal and professional presences apart and patients off personal pages.',
          },
        ],
        answer: 1,
        sources: ['fsmb-2012', 'acp-fsmb-2013', 'ama-2010'],
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
          'A colleague lists four online exchanges she has had with patients and asks which of them the FSMB’s 2012 model guidelines allow. Which one?',
        options: [
          {
            text: 'Chatting on her personal page with a patient about his weekend plans, since nothing clinical is discussed.',
            explanation:
              'No. The guidelines limit online contact to the patient’s treatment and rule out personal social networking pages as the channel.',
          },
          {
            text: 'Replying to an established patient about her treatment through the clinic’s secure messaging.',
            explanation:
              'Right. It meets all three limits: the subject is the patient’s treatment, the relationship already exists, and the channel is not a personal page.',
          },
          {
            text: 'Messaging an established patient on her personal page about his test results, since the relationship exists.',
            explanation:
              'No. An established relationship is only one of the limits; the guidelines never allow personal social networking pages as the channel.',
          },
          {
            text: 'Answering a stranger’s questions about his symptoms on her public page, since he started the contact.',
            explanation:
              'No. Who starts the contact does not matter. There is no established patient–physician relationship, and the guidelines require one.',
          },
        ],
        answer: 1,
        sources: ['fsmb-2012'],
      },
      {
        id: 'final-guide-son-message',
        lesson: 'final',
        prompt:
          'The adult son of a woman you treat, whom you have never seen as a patient, messages your personal account to ask whether his mother’s new pill could explain her dizziness. What fits the FSMB’s limits?',
        options: [
          {
            text: 'Answer him there, since the question concerns an established patient of yours and her treatment.',
            explanation:
              'No. The relationship is with the mother, not her son, and a personal account is never the channel under the guidelines; answering would also disclose her care to him.',
          },
          {
            text: 'Answer in general terms about the pill, without mentioning his mother, which keeps the reply within the guidelines.',
            explanation:
              'No. A general answer to a question about a particular patient is still clinical advice through a personal page, and it tells him something about her care.',
          },
          {
            text: 'Reply that you cannot discuss her care there, and suggest that she, or he with her, call the clinic.',
            explanation:
              'Right. It keeps clinical contact off the personal page, discloses nothing about the mother, and sends the question to the clinic, where her record is and where her wishes can be checked.',
          },
          {
            text: 'Ignore the message, since the guidelines forbid any reply from a personal account.',
            explanation:
              'No. The guidelines limit clinical contact; they do not forbid a courteous reply. Silence leaves a worried relative with no route to help.',
          },
        ],
        answer: 2,
        sources: ['fsmb-2012', 'acp-fsmb-2013'],
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
            text: 'Comment on the post publicly, so that others who read it can see that it has been challenged.',
            explanation:
              'No. A public comment draws more readers to the patient’s details; the guidance points to the appropriate authorities instead.',
          },
          {
            text: 'Report it to the appropriate authority: it is a serious breach and the colleague has not acted.',
            explanation:
              'Right. Speaking to the colleague came first; with a breach of confidentiality left standing, the AMA and the FSMB both call for a report.',
          },
          {
            text: 'Ask the patient to complain to the state medical board instead, since the complaint is really the patient’s to make.',
            explanation:
              'No. The AMA and the FSMB ask the physician who sees the content to report it; passing that task to the patient shifts a professional duty onto them.',
          },
        ],
        answer: 2,
        sources: ['ama-2010', 'fsmb-2012'],
      },
      {
        id: 'final-guide-private-defence',
        lesson: 'final',
        prompt:
          'You asked a colleague to take down a post that gives a patient’s diagnosis and bed number. She answers that her account is private, so there is no problem, and leaves it up. What next?',
        options: [
          {
            text: 'Accept her answer, since a post that only her friends can see is not a disclosure of anything.',
            explanation:
              'No. Telling a few people is still a disclosure, and the AMA warns that privacy settings are not absolute.',
          },
          {
            text: 'Ask a mutual friend to screenshot the post as evidence and share it in a group chat with colleagues.',
            explanation:
              'No. Copying and sharing the post spreads the patient’s details further; a report goes to the appropriate authority, not to a group chat.',
          },
          {
            text: 'Keep asking her every week until she removes it, since reporting is meant for posts by strangers.',
            explanation:
              'No. The AMA’s sequence has a second step for exactly this case: when a serious breach stays up after you have raised it, report it.',
          },
          {
            text: 'Report it to the appropriate authority: settings are not absolute, and it is a serious breach.',
            explanation:
              'Right. You raised it first, as the AMA asks; a patient’s diagnosis and bed number left online is a serious breach, whatever the settings, so the AMA and the FSMB call for a report.',
          },
        ],
        answer: 3,
        sources: ['ama-2010', 'fsmb-2012'],
      },
    ],
  },
];
