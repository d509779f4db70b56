import type { LessonSlug } from '@/content/lessons/order';
import { formatFigure, getFigure } from '@/content/study';
import type { FinalSlot, Question } from './types';

/**
 * Knowledge check and final-check slots for the lesson "What came after 2013". Wording is the module's own;
 * the cases are written for the module. Figures in prompts come from `content/study`, never typed in.
 */

const LESSON = 'guidance-since-2013' satisfies LessonSlug;

const fig = (id: string) => formatFigure(getFigure(id));

export const guidanceSince2013Questions: readonly Question[] = [
  {
    id: 'since-review-reply',
    lesson: LESSON,
    prompt:
      'A case written for this module: a patient posts a one-star review of a family practice, saying the doctor “ignored my blood results”. The practice wants to answer in public. Which reply is safest?',
    options: [
      {
        text: '“We are sorry you were unhappy. Your results were normal, and the doctor explained them at your last visit.”',
        explanation:
          'No. It confirms that the writer is a patient and discloses health information: the results and a visit. OCR acted against Elite Dental Associates over a reply that disclosed a patient’s condition.',
      },
      {
        text: '“We checked your chart: you cancelled the follow-up visit at which the doctor planned to discuss the results.”',
        explanation:
          'No. Saying what the chart shows, and that a visit was cancelled, discloses the patient’s care. A review does not make that care a public matter.',
      },
      {
        text: '“Thank you for writing. We never discuss anyone’s care in public; please call and ask for our manager.”',
        explanation:
          'Right. It confirms nothing about the writer, not even that they are a patient, says nothing clinical, and moves the conversation offline.',
      },
      {
        text: '“Please take this review down. Our records show your claims about the results are untrue, and we can prove it.”',
        explanation:
          'No. Appealing to the records still confirms a relationship and hints at their content, and a public dispute draws more readers to it.',
      },
    ],
    answer: 2,
    sources: ['hhs-ocr-online-reviews'],
  },
  {
    id: 'since-ocr-cases',
    lesson: LESSON,
    prompt:
      'A practice manager says: “OCR only pursues hospitals, and only when a reply gives a patient’s full name.” What do the four OCR actions in this lesson show?',
    options: [
      {
        text: 'Every action was against a hospital, and each followed a reply that printed the patient’s full name and address.',
        explanation:
          'No. The four actions concerned dental practices and a psychiatric practice, and the disclosures ranged from a last name and a condition to treatment and insurance details.',
      },
      {
        text: 'Dental and psychiatric practices faced actions, one over a reply disclosing a last name and a condition.',
        explanation:
          'Right. Elite Dental Associates’ reply disclosed a patient’s last name and health condition. None of the four was a hospital.',
      },
      {
        text: 'The actions concerned what patients posted about their own care, not what the practices wrote in their replies.',
        explanation:
          'No. In each case it was the practice’s reply to a review that disclosed the patient’s information.',
      },
      {
        text: 'All four rest on OCR’s own announcements as this module read them, so none needs to be marked as second-hand.',
        explanation: `No. Two of them, Manasa Health Center (${fig('hhs-ocr/manasa-amount')}) and the Igbinadolor practice (${fig('hhs-ocr/igbinadolor-penalty')}), were seen only in secondary sources and are marked so.`,
      },
    ],
    answer: 1,
    sources: ['hhs-ocr-online-reviews'],
  },
  {
    id: 'since-fsmb-2019',
    lesson: LESSON,
    prompt:
      'A colleague’s handout says: “The FSMB’s 2019 policy tells physicians never to answer online reviews.” With what this module could verify, how should you treat that line?',
    options: [
      {
        text: 'As confirmed: the lesson summarises the 2019 policy’s recommendations on reviews, friending and e-mail in detail.',
        explanation:
          'No. Only the opening pages of the 2019 report could be read; the lesson deliberately says nothing about what it recommends.',
      },
      {
        text: 'As wrong: the 2019 policy covers social networking sites only, so online reviews and websites fall outside it.',
        explanation:
          'No. Its scope is wider than social networks: blogs, Twitter, websites, e-mail and patient portals fall within it.',
      },
      {
        text: 'As wrong: the FSMB withdrew its social-media guidance in 2019 and has left the subject to the ACP since then.',
        explanation:
          'No. In 2019 the FSMB adopted a new policy that replaced its 2012 guidelines; it did not withdraw from the subject.',
      },
      {
        text: 'As unchecked: the module confirms only that it replaced the 2012 guidelines and widened their scope.',
        explanation:
          'Right. Its recommendations were not verified here, so the claim needs checking against the policy itself before it is taught.',
      },
    ],
    answer: 3,
    sources: ['fsmb-2019'],
  },
  {
    id: 'since-ginory-trend',
    lesson: LESSON,
    prompt: `In a survey of US psychiatry residents published in 2012, ${fig('ginory-2012/friend-request-received')} had received a friend request from a patient; in the 2010 national survey, ${fig('bosslet/friend-request-received/RP')} of residents who answered had. A classmate concludes that requests to residents were rising. What is the soundest reply?`,
    options: [
      {
        text: 'The rise is real but small, a couple of points, so it changes little about how residents should act.',
        explanation:
          'No. No rise can be read from these figures at all: the two surveys asked different people in different ways.',
      },
      {
        text: 'No trend can be read: other residents, recruited differently, asked in unknown words, one with no response rate.',
        explanation:
          'Right. Psychiatry residents from a listserv are not a national sample of residents, and the comparison is the module’s own, not either study’s.',
      },
      {
        text: 'The two shares fall within each other’s sampling intervals, so the surveys agree and the rate has stayed the same.',
        explanation:
          'No. A sampling interval covers chance only. These surveys differ in who was asked and how, so they cannot show that the rate stayed the same either.',
      },
      {
        text: 'The later figure is the better estimate, since a national listserv reaches nearly every psychiatry resident in the US.',
        explanation:
          'No. Reaching people is not the same as hearing from them: with a listserv no response rate can be computed, and the sample may be far from representative.',
      },
    ],
    answer: 1,
    sources: ['ginory-2012', 'bosslet-2011'],
  },
  {
    id: 'since-privacy-office',
    lesson: LESSON,
    prompt:
      'A case written for this module: on a night shift you see that a colleague’s public reply to a review of your hospital mentions the reviewer’s diagnosis. The colleague is away until next week. What do you do?',
    options: [
      {
        text: 'Wait for the colleague to come back, so the reply can be deleted quietly and nobody else needs to hear of it.',
        explanation:
          'No. The diagnosis stays public meanwhile, and deleting a reply does not undo what readers saw or copied. A possible breach goes to the privacy office.',
      },
      {
        text: 'Add a comment under the reply that apologises to the reviewer, by name, for what your colleague wrote.',
        explanation:
          'No. A public apology by name confirms the reviewer as a patient and draws more readers to the disclosure.',
      },
      {
        text: 'Report it to your institution’s privacy office now, saying where the reply is and what it discloses.',
        explanation:
          'Right. A possible privacy breach belongs with the institution’s privacy office, not with a quiet fix later or a public comment now.',
      },
      {
        text: 'Post a screenshot in your team’s group chat, so that everyone can learn from the mistake before it is removed.',
        explanation:
          'No. Sharing a screenshot copies the patient’s information to more people, which is a further disclosure.',
      },
    ],
    answer: 2,
    sources: ['hhs-ocr-online-reviews'],
  },
];

/** Two final-check slots for this lesson: each holds parallel items that test one objective. */
export const guidanceSince2013FinalSlots: readonly FinalSlot[] = [
  {
    id: 'since-final-review-reply',
    lesson: LESSON,
    objective:
      'Decide how to answer a negative online review without confirming or revealing anything about the patient.',
    items: [
      {
        id: 'final-since-review-psychiatry',
        lesson: 'final',
        prompt:
          'Invented for this module: on Google, someone complains that a psychiatrist “refused to renew my prescription”. The clinic’s administrator wants to post an answer under it. Which answer protects the patient best?',
        options: [
          {
            text: '“We renew prescriptions only after a review visit, and you had not booked one for several months.”',
            explanation:
              'No. It confirms the writer is a patient and discloses treatment and visits. OCR acted against Manasa Health Center, a psychiatric practice, over replies to Google reviews (a secondary source).',
          },
          {
            text: '“Thank you for your feedback. We never discuss anyone’s care in public; please call our office manager.”',
            explanation:
              'Right. It confirms nothing about the writer and moves any conversation offline, where it belongs.',
          },
          {
            text: '“We are sorry to hear this. Your medication needed a change, which the doctor explained to you at the time.”',
            explanation:
              'No. Mentioning the medication and the doctor’s explanation discloses health information, however kindly it is put.',
          },
        ],
        answer: 1,
        sources: ['hhs-ocr-online-reviews'],
      },
      {
        id: 'final-since-review-pediatric',
        lesson: 'final',
        prompt:
          'A case written for this module: a parent writes on Yelp that a pediatric practice “missed my son’s ear infection”. Which public reply is safest?',
        options: [
          {
            text: '“We looked into this: the ear was clear at his visit, and the infection must have started later that week.”',
            explanation:
              'No. It confirms the child is a patient and discloses his examination. OCR acted against New Vision Dental over Yelp replies that disclosed treatment.',
          },
          {
            text: '“We are sorry your son is unwell. Our records show we advised you to come back if his pain got worse.”',
            explanation:
              'No. Citing the records confirms a relationship and discloses the advice given, which is part of the child’s care.',
          },
          {
            text: '“Thank you for telling us. We never discuss anyone’s care in public; please call and ask for our manager.”',
            explanation:
              'Right. It says nothing about the child or the visit, not even that they are patients, and offers a private channel.',
          },
        ],
        answer: 2,
        sources: ['hhs-ocr-online-reviews'],
      },
    ],
  },
  {
    id: 'since-final-guidance-claims',
    lesson: LESSON,
    objective:
      "Describe where professional guidance stands since the 2013 statement, from the AMA's Code Opinion 2.3.2 and the FSMB's 2019 policy to the ACP's 2020 paper and the GMC's 2013 and 2024 guidance, saying no more than each source confirms.",
    items: [
      {
        id: 'final-since-gmc-profile',
        lesson: 'final',
        prompt:
          'A UK trainee asks what the GMC advises when a patient makes contact through a doctor’s private profile. Which answer keeps to what this module could confirm?',
        options: [
          {
            text: 'Good medical practice 2024 repeats the 2013 wording exactly, so it can be quoted word for word as the current rule.',
            explanation:
              'No. Whether the 2024 text keeps that advice was not checked, so it should be attributed to the 2013 guidance.',
          },
          {
            text: 'The 2013 guidance, as the MDU quotes it, said to explain the two cannot mix and point to a professional profile.',
            explanation:
              'Right. That advice is known through the Medical Defence Union, a secondary source, and belongs to the 2013 guidance; the 2024 guidance links social media to the GMC’s guidance on boundaries.',
          },
          {
            text: 'The GMC has never issued social-media guidance, so the trainee should follow the FSMB’s 2019 policy instead.',
            explanation:
              'No. The GMC published social-media guidance in 2013, replaced by Good medical practice 2024 and its guidance; the FSMB is a US body.',
          },
        ],
        answer: 1,
        sources: ['gmc-2013'],
      },
      {
        id: 'final-since-ama-opinion',
        lesson: 'final',
        prompt:
          'A teaching slide reads: “AMA Code Opinion 2.3.2 (2016) allows patient photos online once names are removed.” Which correction keeps to this module’s sources?',
        options: [
          {
            text: 'Keep the slide: the opinion says only that names must go, and the year 2016 is confirmed in the AMA’s own Code.',
            explanation:
              'No. The year the text became Opinion 2.3.2 was not confirmed, and nothing in the sources allows identifiable patient content once a name is removed.',
          },
          {
            text: 'Change the number: Opinion 2.3.2 is the Code’s opinion on product promotion, not the one on social media.',
            explanation:
              'No. Opinion 2.3.2 is the social-media opinion; the product-promotion opinion is cited by its title only.',
          },
          {
            text: 'Drop the year, which is unconfirmed, and say the opinion keeps privacy, confidentiality and boundaries online.',
            explanation:
              'Right. The AMA sums up Opinion 2.3.2 that way, and the 2010 policy, as reproduced (a secondary source), rules out posting identifiable patient information.',
          },
        ],
        answer: 2,
        sources: ['ama-code-2-3-2', 'ama-code-product-promotion'],
      },
    ],
  },
];
