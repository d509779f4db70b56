import type { FinalSlot, Question } from './types';

/** Knowledge check for the lesson "Who is online", and its slots for the final check. Wording is the module's own. */
export const whoIsOnlineQuestions: readonly Question[] = [
  {
    id: 'online-least-use',
    lesson: 'who-is-online',
    prompt:
      'In the 2010 national survey, most students and residents who answered reported personal use of online social networks, but fewer than half of the practicing physicians did. Which conclusion do these results support?',
    options: [
      {
        text: 'That fewer than half of all US practicing physicians used social networks in their personal lives in 2010',
        explanation:
          'No. The figure describes the practicing physicians who answered, only 14.1% of those asked. Among all US practicing physicians the share could be higher or lower.',
      },
      {
        text: 'That physicians gave up social networks as they moved from training into practice over the following years',
        explanation:
          'No. The survey asked different people once, in 2010. It cannot show anyone’s use changing over a career; older physicians may simply never have taken it up.',
      },
      {
        text: 'That among those who answered, personal use was far less common in practicing physicians than in trainees',
        explanation:
          'Right. The figures compare respondents at three stages in one season: 93.5% of students, 79.4% of residents and 41.6% of practicing physicians who answered.',
      },
      {
        text: 'That practicing physicians met patients online less often than trainees did, since they used social networks the least',
        explanation:
          'No. Practicing physicians who answered reported friend requests from patients and visits to patients’ profiles far more often than students or residents.',
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
        text: 'Because the two surveys were done years apart, and use of social networks grew quickly in between',
        explanation:
          'No. Both come from the same season of 2010; the national survey ran from February to May and Pew’s survey was in May.',
      },
      {
        text: 'Because Pew counts internet users by age, while the survey counts respondents by stage of training, ages unreported',
        explanation:
          'Right. The two count different people, in groups that do not line up, and ask differently worded questions. The pairing is this module’s illustration, not the authors’ comparison.',
      },
      {
        text: 'Because Pew asked only people aged 65 and older, who cannot be set beside students or residents at all',
        explanation: 'No. Pew reports four age groups, from 18–29 up to 65 and older.',
      },
      {
        text: 'Because the national survey asked about professional use of social networks, while Pew asked about any use',
        explanation:
          'No. The survey’s item was respondents’ personal use of online social networks, reported for each of the three groups.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011', 'pew-2010'],
  },
  {
    id: 'online-authors-conclusion',
    lesson: 'who-is-online',
    prompt:
      'A colleague asks what the study’s authors themselves concluded about doctors’ and trainees’ own use of online social networks. What did Bosslet and colleagues write?',
    options: [
      {
        text: 'That it mirrors social-network use in the general population',
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
        text: 'That it could not be measured, because too few of those asked answered',
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
        text: 'Almost every account found was set to private, so little could be seen outside a trainee’s friends',
        explanation: 'No. Only a minority of the accounts found, 37.5%, were set to private.',
      },
      {
        text: 'Residents were more likely than students to have an account, since they had more people to keep up with',
        explanation:
          'No. Students were far more likely to have an account than residents (64.3% against 12.8%) at the time of that search.',
      },
      {
        text: 'Few accounts showed any personally identifiable information, because most trainees used nicknames',
        explanation:
          'No. Most accounts, 83.3%, showed at least one item of personally identifiable information.',
      },
      {
        text: 'Most accounts showed some personally identifiable information, and fewer than two in five were set to private',
        explanation:
          'Right. 83.3% of the accounts showed at least one item of personally identifiable information, and only 37.5% were set to private.',
      },
    ],
    answer: 3,
    sources: ['thompson-2008'],
  },
  {
    id: 'online-ama-privacy',
    lesson: 'who-is-online',
    prompt: 'How does the AMA’s 2010 policy ask physicians to treat the privacy settings of their accounts?',
    options: [
      {
        text: 'As enough on their own: once a profile is set to private, nothing on it needs further thought',
        explanation:
          'No. The policy asks physicians to use them while knowing that they are not absolute and that posts are likely to last.',
      },
      {
        text: 'As worth using, though not absolute, since what is posted is likely to last',
        explanation:
          'Right. The policy pairs privacy settings with routine monitoring of one’s own presence online and with keeping personal and professional content apart.',
      },
      {
        text: 'As pointless, so physicians should close personal profiles and keep only a professional page online',
        explanation:
          'No. The policy does not forbid personal profiles; it asks physicians to use privacy settings and to consider keeping personal and professional content apart.',
      },
      {
        text: 'As a concern for students only, since practicing physicians’ accounts are looked after by their employers',
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
        text: 'Leave it as it is: it was all posted before she was a physician, and patients understand that students are different',
        explanation:
          'No. Patients, colleagues and employers see what is online now, whenever it was posted, and the AMA warns that online content can harm a reputation and a career.',
      },
      {
        text: 'Set the profile to private and stop there, since no one outside her friends will then see the photos or the post',
        explanation:
          'Not enough. Privacy settings help, but the AMA warns that they are not absolute, and asks physicians to monitor their presence online routinely.',
      },
      {
        text: 'View it as the public does, tighten the settings, delete the post about a patient, and check it again now and then',
        explanation:
          'Right. This follows the AMA’s advice to use privacy settings without relying on them and to monitor one’s own presence, and the ACP/FSMB advice to check periodically what is online about oneself.',
      },
      {
        text: 'Keep the post about the patient, since it names no one, and delete only the photos in which she is drinking',
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
          'Personal use of social networks was reported by 93.5% of students, 79.4% of residents and 41.6% of practicing physicians who answered in 2010. A speaker says this proves that doctors drop social networks as their careers advance. What is the main flaw?',
        options: [
          {
            text: 'The figures run the other way: practicing physicians reported more use than students did',
            explanation:
              'No. The figures do fall from students to practicing physicians; the flaw lies in what the speaker reads into them.',
          },
          {
            text: 'The drop is too small to mean anything, given the margin of error around each group’s figure',
            explanation:
              'No. The gap between students and practicing physicians is far wider than any sampling margin. The problem is what kind of data this is.',
          },
          {
            text: 'The speaker should have used the residents’ figure alone, since residents are halfway through a career',
            explanation:
              'No. No single group can show change over a career. Each figure is a snapshot of different people.',
          },
          {
            text: 'The survey asked different people once, so it cannot show anyone’s use changing over a career',
            explanation:
              'Right. It is one snapshot of three groups in 2010. Older physicians may never have taken up social networks, so the gap may reflect generation rather than any change with career stage, and the respondents were few.',
          },
        ],
        answer: 3,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-online-attending-session',
        lesson: 'final',
        prompt:
          'A program director plans a session on boundaries online for interns only, reasoning that attendings hardly use social networks: just 41.6% of practicing physicians who answered the 2010 survey did. Which reply do the survey’s figures support?',
        options: [
          {
            text: 'Attendings need it too: practicing physicians who answered reported patients’ friend requests far more often than trainees',
            explanation:
              'Right. 34.5% of practicing physicians who answered reported a friend request from a patient or family member, against 7.8% of residents and 1.2% of students. Using social networks less did not mean meeting patients there less.',
          },
          {
            text: 'The plan is sound: with fewer than half using social networks, attendings rarely meet patients online',
            explanation:
              'No. Practicing physicians who answered reported friend requests from patients and visits to patients’ profiles more often than either group of trainees.',
          },
          {
            text: 'The plan should be reversed: attendings need the session and interns do not, since nearly all interns use privacy settings',
            explanation:
              'No. The survey says nothing about privacy settings, and most students and residents who answered used social networks, so interns need the session as well.',
          },
          {
            text: 'The survey cannot help with the decision, since it did not ask practicing physicians about patients',
            explanation:
              'No. It did: practicing physicians reported both friend requests from patients or family members and visits to their profiles.',
          },
        ],
        answer: 0,
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
            text: 'The two figures count different people: internet users of an age band, and respondents at a stage of training whose ages are not given',
            explanation:
              'Right. The groups do not line up, the questions were worded differently, and only a small share of those asked answered the national survey, so the gap measures nothing. Setting them side by side is the module’s illustration, not the authors’ comparison.',
          },
          {
            text: 'Pew’s figure comes from a survey taken several years after the national survey, when far more young adults had joined social networks',
            explanation:
              'No. Pew’s survey was in May 2010, in the same season as the national survey’s fieldwork.',
          },
          {
            text: 'Nothing: the two can be compared directly, as both are percentages of young US adults in 2010',
            explanation:
              'No. Two percentages can be compared only if they are shares of comparable groups answering comparable questions, which these are not.',
          },
          {
            text: 'The national survey did not include medical students, so the 93.5% must describe residents instead',
            explanation:
              'No. Medical students were one of its three groups, along with residents and practicing physicians.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011', 'pew-2010'],
      },
      {
        id: 'final-online-pew-older',
        lesson: 'final',
        prompt:
          'A blogger sets the 41.6% of practicing physicians who answered the 2010 survey beside Pew’s 47% of internet users aged 50–64 and writes that doctors were slower than their peers to take up social networks. What is wrong with this?',
        options: [
          {
            text: 'Nothing: both figures are from 2010, so the gap of about five points fairly measures how far physicians lagged',
            explanation:
              'No. Being from the same season is not enough. The two figures count different people, grouped differently, answering different questions.',
          },
          {
            text: 'Pew’s 47% describes people aged 65 and older, so the physicians should be set beside retired Americans instead',
            explanation:
              'No. 47% is Pew’s figure for internet users aged 50–64; the figure for 65 and older was 26%. Either way the groups do not line up.',
          },
          {
            text: 'Physicians’ ages were not reported, Pew counts internet users only, and the questions differ, so the gap measures nothing',
            explanation:
              'Right. Practicing physicians span many age bands, Pew’s base is people already online, and only 14.1% of the practicing physicians asked answered. The pairing can suggest a pattern, no more.',
          },
          {
            text: 'The blogger should have used Pew’s figure from a year earlier, 25%, to match the start of the survey’s fieldwork',
            explanation:
              'No. Pew’s May 2010 survey falls in the same season as the fieldwork (February to May 2010). Changing the year would not make the groups comparable.',
          },
        ],
        answer: 2,
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
          'A dean cites the two Facebook searches of one university’s trainees, in 2007 and 2009 (Thompson 2008; Black 2010), as proof that trainees’ profiles are now safe. Which reply fits the findings and the AMA’s advice?',
        options: [
          {
            text: 'The dean is right: the 2009 group used privacy settings more, and settings keep a profile away from patients',
            explanation:
              'No. The rise in privacy settings is real, but the AMA warns that settings are not absolute and that what is posted is likely to last.',
          },
          {
            text: 'The dean has it backwards: in 2009 fewer trainees had accounts and fewer used privacy settings',
            explanation:
              'No. Both moved the other way: more trainees had accounts, residents especially, and the 2009 group used privacy settings more.',
          },
          {
            text: 'More used privacy settings in 2009, at one university, but settings are not absolute and posts last',
            explanation:
              'Right. The change was measured at one university only, and better settings still leave what is posted open to being shared and kept, so profiles still need care.',
          },
          {
            text: 'The searches say nothing about privacy, since they counted only whether each trainee had an account at all',
            explanation:
              'No. The 2007 search found that only 37.5% of accounts were set to private, and the 2009 follow-up found more use of privacy settings.',
          },
        ],
        answer: 2,
        sources: ['thompson-2008', 'black-2010', 'ama-2010'],
      },
      {
        id: 'final-online-friends-only',
        lesson: 'final',
        prompt:
          'A resident sets her profile so that only friends can see it, then posts a photo from the ward in which a whiteboard with patients’ names can be read. Why does the setting not make the post safe?',
        options: [
          {
            text: 'It does make it safe: once only friends can see a post, sharing it no longer counts as a disclosure',
            explanation:
              'No. A disclosure to a few people is still a disclosure, and the AMA asks physicians to protect confidentiality online as anywhere else.',
          },
          {
            text: 'Settings are not absolute and posts last: a friend can pass it on, and the names breach confidentiality whoever sees them',
            explanation:
              'Right. A friend can share or copy the photo, it may outlast the setting, and the patients’ names should not be in it at all, whoever the audience.',
          },
          {
            text: 'It would be safe if she had also removed the hospital’s name from her profile, so that the ward could not be placed',
            explanation:
              'No. The names on the whiteboard identify the patients whatever the profile says, and the AMA warns that settings are not absolute.',
          },
          {
            text: 'It is unsafe only because the AMA’s policy bans photos of any kind on profiles that are set to friends only',
            explanation:
              'No. The policy bans no kind of photo. It asks physicians to protect confidentiality and to remember that settings are not absolute.',
          },
        ],
        answer: 1,
        sources: ['ama-2010'],
      },
    ],
  },
];
