import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "Is it ethical?", and its slots for the final check. Wording is the module's own. */
export const isItEthicalQuestions: readonly Question[] = [
  {
    id: 'ethics-the-rest',
    lesson: 'is-it-ethical',
    prompt:
      'The survey reports that 68.3% of respondents did not think it ethically acceptable to interact with patients on social networks for social reasons. What does it tell you about the other 31.7%?',
    options: [
      {
        text: 'They all thought it ethically acceptable, since the question offered only two answers: acceptable or not',
        explanation:
          'No. The study’s answer options are not known. The others may have thought it acceptable, been unsure or skipped the question; how they divide is not reported.',
      },
      {
        text: 'They were all unsure, since anyone with a firm view would have said it was not acceptable',
        explanation:
          'No. Nothing in the abstract says so. Some may have thought it acceptable and some may not have answered.',
      },
      {
        text: 'They split about evenly between “acceptable” and “unsure”, as is usual in attitude surveys',
        explanation:
          'No. That would be an invented split. The module shows the rest as one computed share because the study does not divide it.',
      },
      {
        text: 'Nothing more: the abstract does not say how they divide among other answers, doubt or no answer',
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
      'A resident at journal club suggests that residents in the 2010 survey objected to social contact with patients more often than practicing physicians did. What does the abstract allow you to say?',
    options: [
      {
        text: 'Yes: residents, being younger and heavier users of social networks, said so more often than practicing physicians',
        explanation:
          'No. The attitude items are reported for all respondents together, so no such difference can be read from them.',
      },
      {
        text: 'The abstract cannot say: the attitude items are pooled over all respondents, with no figures by group',
        explanation:
          'Right. Unlike the three behaviour items, the four attitude items are reported only for all respondents together.',
      },
      {
        text: 'No: practicing physicians, who had received more friend requests, said so more often than residents',
        explanation:
          'No. There are no figures by group for this item, so neither group can be said to have answered one way more often.',
      },
      {
        text: 'The three groups gave the same answers, since one figure is given for all of them',
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
    prompt:
      'A faculty member says respondents were more worried about confidentiality (79% expressed concern) than about the ethics of social contact with patients (68.3% thought it unacceptable). What can these two pooled figures support?',
    options: [
      {
        text: 'That more respondents voiced the concern than rejected the contact; not how each respondent weighed the two against each other',
        explanation:
          'Right. Each figure is the share of all respondents on one side of one item. Comparing them shows which view more respondents held, not what any respondent thought more serious.',
      },
      {
        text: 'That each respondent, asked to choose between them, rated confidentiality as the more serious of the two problems',
        explanation:
          'No. No one was asked to rank the two. Two separate shares cannot show how individuals weighed one against the other.',
      },
      {
        text: 'That the worry about confidentiality was strongest among practicing physicians, who had received the most requests',
        explanation:
          'No. The attitude items are pooled over all respondents, so nothing can be said about any one group.',
      },
      {
        text: 'That 21% of respondents had no concern about confidentiality at all, and would share patients’ details online',
        explanation:
          'No. The other 21% (computed) are not split: they may have been unconcerned, unsure or silent on the item, and nothing says they would share anything.',
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
        text: 'It is not a risk: without a name or a photo of the patient, nobody reading it could tell who he is',
        explanation:
          'No. A name is only one identifier. Details, a date and the author’s workplace together can point to one person.',
      },
      {
        text: 'It is a risk only if the patient himself has a social-network account on which he could come across it',
        explanation:
          'No. The people who might recognize him, such as family, teammates or coworkers, do not need him to be online.',
      },
      {
        text: 'The details and her workplace together can point to one person for those who know him',
        explanation:
          'Right. The AMA asks physicians to protect confidentiality online as anywhere else, and a case can be taught in settings where everyone shares that duty.',
      },
      {
        text: 'It is a risk only if her privacy settings let people outside her friends read the post',
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
      'Among US medical schools that reported unprofessional posts by students in 2009 (Chretien 2009), 13% reported violations of patient confidentiality, against 52% for profanity. A classmate concludes that breaches of confidentiality online are rare and minor. What is the flaw?',
    options: [
      {
        text: 'There is none: with profanity reported four times as often, confidentiality is a small part of the problem',
        explanation:
          'No. How often a kind of incident is reported says nothing about how much harm one incident can do, and a breach of confidentiality harms a patient directly.',
      },
      {
        text: 'These are shares of schools with incidents, not of posts, and one breach can do a patient real harm',
        explanation:
          'Right. 13% counts schools that reported at least one such incident, not how many posts breached confidentiality, and a single identifying post can hurt a patient.',
      },
      {
        text: 'The figures are shares of students, so 13% of all US medical students had breached confidentiality online',
        explanation:
          'No. The deans reported on their schools: the figures are shares of the schools that had incidents, not of students.',
      },
      {
        text: 'The 13% counted only posts that named a patient, so breaches without a name were left out',
        explanation:
          'No. Nothing suggests the category was limited to named patients. A post can breach confidentiality without a name, which is the lesson’s point.',
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
        text: 'Report it at once to the state medical board, without speaking to the colleague, since boards handle such posts',
        explanation:
          'Not first. The AMA’s sequence starts with the colleague; reporting to the appropriate authorities follows if the content is a serious breach and the colleague does not act.',
      },
      {
        text: 'Comment publicly under the post to say that it is wrong',
        explanation:
          'No. A public comment draws more attention to the post and to the patient. The policy asks you to raise it with the colleague.',
      },
      {
        text: 'Ignore it: what a colleague posts on a personal page is a private matter, not a professional one',
        explanation:
          'No. The AMA asks physicians who see a colleague’s unprofessional content to act, and the FSMB asks them to report what they witness.',
      },
      {
        text: 'Raise it with the colleague, and report it if it is a serious breach and it stays up',
        explanation:
          'Right. That is the AMA’s sequence: speak to the colleague first, then report to the appropriate authorities if the content significantly breaches professional norms and the colleague does not act.',
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
          'In the 2010 survey, 68.3% of respondents did not think social contact with patients online ethically acceptable, and 68.0% said the same of contact for patient care. A seminar leader concludes that respondents saw no difference between the two. What do the figures support?',
        options: [
          {
            text: 'The conclusion: shares this close show that everyone answered both items alike',
            explanation:
              'No. Two pooled shares can match even if many people answered the two items differently, so long as the changes balance out.',
          },
          {
            text: 'The opposite: respondents were far more willing to accept contact about patient care than social contact',
            explanation:
              'No. The two shares differ by less than a percentage point; a clear majority rejected each kind of contact.',
          },
          {
            text: 'Similar majorities rejected each kind, but not that the same people gave both answers',
            explanation:
              'Right. Each share is pooled over all respondents. Close shares show similar majorities, not how any one respondent answered both items.',
          },
          {
            text: 'Nothing at all, because the survey asked only about social contact and 68.0% is the module’s own estimate',
            explanation:
              'No. Both figures are reported in the abstract: one for social reasons and one for patient-care reasons.',
          },
        ],
        answer: 2,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-ethics-headline',
        lesson: 'final',
        prompt:
          'A hospital newsletter runs the headline “Two-thirds of US doctors say friending patients is unethical”, citing the 2010 survey’s 68.3%. Which correction is best?',
        options: [
          {
            text: 'Leave it: 68.3% of respondents rounds to two-thirds, and the respondents stand for US doctors',
            explanation:
              'No. The respondents were students, residents and practicing physicians who chose to answer, pooled without weights; they do not stand for US doctors.',
          },
          {
            text: 'Say “three in four”, since 79% of respondents expressed concern about maintaining patient confidentiality',
            explanation:
              'No. 79% belongs to a different item, concern about confidentiality; it is not a figure on the ethics of contact with patients.',
          },
          {
            text: 'Say “respondents” and “contact for social reasons”: the figure pools all three groups who answered',
            explanation:
              'Right. The figure is the share of all respondents, students and residents included, who did not think social interaction with patients online acceptable, and it is not weighted to stand for any population.',
          },
          {
            text: 'Say “practicing physicians”, since only they were asked the attitude items',
            explanation:
              'No. The attitude items are pooled over all three groups; no figure is given for practicing physicians alone.',
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
          'A learner answers “Unsure” to whether a doctor may interact with patients on social networks for social reasons. What can the 2010 survey say about how many of its respondents were unsure?',
        options: [
          {
            text: 'Nothing: only the share who found it unacceptable was reported, and the rest of the respondents are not split any further',
            explanation:
              'Right. Anyone unsure is somewhere in the rest, with those who thought it acceptable and those who skipped the question, and the study does not say how many of each.',
          },
          {
            text: 'That 31.7% were unsure, since that is the share left once those who rejected social contact are taken away',
            explanation:
              'No. 31.7% is the whole rest, computed by the module; it includes anyone who thought it acceptable or did not answer.',
          },
          {
            text: 'That no respondent was unsure, because the questionnaire offered only “acceptable” and “not acceptable”',
            explanation:
              'No. The study’s answer options are not known, and the abstract does not report the other answers at all.',
          },
          {
            text: 'That about half of the rest were unsure, which is the usual share for a neutral option in attitude surveys',
            explanation: 'No. That would be an invented split. The study does not divide the rest.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-ethics-optimists',
        lesson: 'final',
        prompt:
          'In the 2010 survey, 48.7% of respondents were pessimistic that social networks could improve patient–doctor communication. A speaker adds that “the other 51.3% were optimistic.” What is wrong?',
        options: [
          {
            text: 'Nothing: a respondent who was not pessimistic must have been optimistic, so the rest are the optimists',
            explanation:
              'No. Between pessimism and optimism lie neutral, unsure and missing answers. The abstract does not say how the rest divide.',
          },
          {
            text: 'The 51.3% is a computed rest that may hold neutral, unsure or missing answers',
            explanation:
              'Right. Only the pessimistic side was reported. The module computes the rest, 51.3%, and it cannot be split into optimists and anyone else.',
          },
          {
            text: 'The speaker should have said 79%, which is the share of respondents who were optimistic about confidentiality',
            explanation:
              'No. 79% is the share who expressed concern about maintaining patient confidentiality: a different item, and a worry rather than optimism.',
          },
          {
            text: 'The rest were all unsure, since the questionnaire offered no optimistic answer that respondents could choose',
            explanation:
              'No. The study’s answer options are not known. The rest may include optimists as well as neutral, unsure and missing answers.',
          },
        ],
        answer: 1,
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
          'A colleague on your team posts, on a public account, a photo of an X-ray with the patient’s name still legible in one corner. What do the AMA’s 2010 policy and the FSMB’s 2012 guidelines ask of you?',
        options: [
          {
            text: 'Nothing unless a patient complains, since the post is on the colleague’s own account and is the colleague’s own responsibility',
            explanation:
              'No. Neither body waits for a complaint. The AMA asks you to raise it with the colleague, and the FSMB asks physicians to report unprofessional conduct they witness.',
          },
          {
            text: 'Raise it with the colleague now, and report it if it stays up: naming a patient is a serious breach',
            explanation:
              'Right. The AMA’s sequence is to speak to the colleague first and report to the appropriate authorities if a serious breach stays up; the FSMB asks physicians to report what they witness.',
          },
          {
            text: 'Share the post with others in your year as a warning, so that no one else on the team makes the same mistake',
            explanation:
              'No. Sharing spreads the patient’s name further and harms the patient again; the guidance asks you to raise it and, if need be, report it.',
          },
          {
            text: 'Quietly unfriend the colleague so that the post leaves your feed',
            explanation:
              'No. Unfriending removes the post from your view but leaves the patient’s name online; the guidance asks you to act.',
          },
        ],
        answer: 1,
        sources: ['ama-2010', 'fsmb-2012'],
      },
      {
        id: 'final-ethics-identifiable',
        lesson: 'final',
        prompt:
          'A colleague’s public post describes “the youngest heart-transplant patient our unit has had this year”, with no name or photo. What should you do?',
        options: [
          {
            text: 'Nothing: a post with no name or photo cannot identify a patient, so there is nothing to raise with anyone',
            explanation:
              'No. The unit, the year and the detail “youngest” can point to one person for anyone who knows the family or the hospital.',
          },
          {
            text: 'Comment under the post asking for it to come down, so that its readers can see it was challenged',
            explanation:
              'No. A public comment draws more readers to the post. The AMA asks you to raise it with the colleague directly.',
          },
          {
            text: 'Report it straight to the state medical board, since any post about a patient must go to the board first',
            explanation:
              'Not first. The AMA’s sequence starts with a word to the colleague; a report follows if the breach is serious and the colleague does not act.',
          },
          {
            text: 'Treat it as identifying: raise it with the colleague, and report it if the breach is serious and stays up',
            explanation:
              'Right. Details can identify a patient without a name, and the AMA asks physicians to protect confidentiality online, to speak to a colleague first and to report a serious breach left standing.',
          },
        ],
        answer: 3,
        sources: ['ama-2010', 'fsmb-2012'],
      },
    ],
  },
];
