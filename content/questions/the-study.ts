import type { FinalSlot, Question } from './types';

/**
 * Knowledge check for the lesson "The study: who was asked, who answered", and its slots for the final
 * check. Wording is the module's own. The published letter about the study is part of the study's data
 * (`study.publishedCritique`), so its points are sourced to 'bosslet-2011'. A figure marked "computed" is the
 * module's arithmetic on reported figures.
 */
export const studyQuestions: readonly Question[] = [
  {
    id: 'study-design',
    lesson: 'the-study',
    prompt:
      'Some literature databases label the Bosslet study a randomized controlled trial. How is its design best described?',
    options: [
      {
        text: 'A randomized controlled trial, in which physicians were assigned by chance to receive a social-media policy or not',
        explanation:
          'No. Nobody was assigned to an intervention or compared with a control group. The only random step was choosing who would be sent the questionnaire.',
      },
      {
        text: 'A cohort study that followed the same students and physicians over several years',
        explanation:
          'No. The fieldwork ran from February to May 2010, and each person answered once. Nobody was followed over time.',
      },
      {
        text: 'A mail survey sent to random samples drawn within three groups: students, residents and practicing physicians',
        explanation:
          'Right. People were drawn at random within each of three groups (the strata) and sent a questionnaire by mail. It reports what respondents said they did and thought.',
      },
      {
        text: 'An open online poll that anyone who came across it could choose to answer',
        explanation:
          'No. The people asked were picked at random from three defined groups and contacted by mail. Who then chose to answer was up to them, which is where the trouble with non-response begins.',
      },
    ],
    answer: 2,
    sources: ['bosslet-2011'],
  },
  {
    id: 'study-highest-response',
    lesson: 'the-study',
    prompt:
      'Students returned the survey more often (19.8%) than residents (14.3%) or practicing physicians (14.1%). Ben concludes that the students’ figures can be taken as accurate for all US medical students. What is the soundest reply?',
    options: [
      {
        text: 'A higher rate leaves less missing, but about four in five students asked still did not answer, so their figures can be biased too.',
        explanation:
          'Right. 19.8% is the best rate of the three, yet most students asked (about 80%, computed) did not reply, and nothing is known about how they differ from those who did.',
      },
      {
        text: 'He is right: once more than about 15% of a random sample replies, its answers can be treated as representative of the whole group.',
        explanation:
          'No. There is no response rate above which bias stops. What matters is whether those who answered differ from those who did not, which a rate cannot show.',
      },
      {
        text: 'He has it backwards: the groups that answered least give the more accurate figures, since only those with something to say replied.',
        explanation:
          'No. A lower rate leaves more of the group unheard, not less. Those keen to reply may differ from the rest, which is a reason for caution, not for trust.',
      },
      {
        text: 'The rates cannot be compared at all, because each group was sent a different number of questionnaires.',
        explanation:
          'No. Each group was sent the same number, 1,004, so the three rates are directly comparable; they just cannot show how the non-respondents differ.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
  {
    id: 'study-counts-approximate',
    lesson: 'the-study',
    prompt:
      'Why does this module say that “about 142” practicing physicians answered, instead of giving an exact count?',
    options: [
      {
        text: 'The abstract rounds each group’s count of respondents to the nearest ten, so the exact numbers are lost',
        explanation:
          'No. The abstract does not give counts of respondents at all, rounded or not: it gives response rates.',
      },
      {
        text: 'Some practicing physicians returned only part of the questionnaire, so the count depends on which items you look at',
        explanation:
          'No. The abstract says nothing about partly completed questionnaires. The count is approximate because it is computed, not reported.',
      },
      {
        text: 'The count is a sampling estimate, so it carries a margin of error like any other figure drawn from a sample',
        explanation:
          'No. A margin of error describes how a sample’s share may differ from the population’s by chance. The number who answered is a plain count; the module simply cannot see it.',
      },
      {
        text: 'It is computed from the reported rate and the number sent, and the computed counts do not quite fit the overall rate',
        explanation:
          'Right. 14.1% of 1,004 gives about 142. The three groups’ computed counts add up to slightly more than the overall 16.0% allows, so the true denominators probably differ a little from the numbers sent.',
      },
    ],
    answer: 3,
    sources: ['bosslet-2011'],
  },
  {
    id: 'study-letter-example',
    lesson: 'the-study',
    prompt:
      'A published letter about the study supposed that the practicing physicians who did not answer used social networks at half the rate of those who did. What does its worked example show?',
    options: [
      {
        text: 'That the study’s figure was wrong, and that the true share of practicing physicians using social networks was 23.2%',
        explanation:
          'No. The letter’s example is a what-if. Nothing is known about the non-respondents, so it shows what could happen, not what did.',
      },
      {
        text: 'That with so many practicing physicians silent, halving their use would bring the estimate for everyone asked down to about half, 23.2%',
        explanation:
          'Right. Respondents carry a small weight and non-respondents a large one, so the non-respondents’ share drives the estimate: 23.2% in the letter. The letter used the overall rate, 0.16, as the share who answered; with the practicing physicians’ own 14.1% the sum comes to about 22.8% (computed).',
      },
      {
        text: 'That non-response cannot change an estimate when the people asked were drawn at random from a national list',
        explanation:
          'No. Random selection decides who is asked. It cannot make those who choose to answer resemble those who do not.',
      },
      {
        text: 'That the estimate would barely move, because the respondents’ answers carry most of the weight in any survey',
        explanation:
          'No. The respondents’ answers are the only ones seen, but in the estimate for everyone asked they count only for their share of those asked, here a small one.',
      },
    ],
    answer: 1,
    sources: ['bosslet-2011'],
  },
  {
    id: 'study-quote-fairly',
    lesson: 'the-study',
    prompt:
      'A student wants to tell an audience that “34.5% of physicians get friend requests from patients.” Which wording is most faithful to the study?',
    options: [
      {
        text: 'According to a 2010 national survey of students, residents and physicians, 34.5% of US physicians get friend requests from patients.',
        explanation:
          'No. The figure describes the practicing physicians who answered, not all US physicians, and “get” suggests a regular event: how often requests came is not known from the abstract.',
      },
      {
        text: 'In a 2010 national survey, a third of the practicing physicians who answered said they were friends with patients or their families online.',
        explanation:
          'No. Receiving a request is not accepting it. The study asked about acceptance too, but the abstract does not give the answer, so it cannot say how many became friends.',
      },
      {
        text: 'In a 2010 US mail survey, 34.5% of practicing physicians who answered said a patient or family member had sent them a friend request; 14.1% of those asked answered.',
        explanation:
          'Right. It names the survey and year, says whose answers these are, keeps the item’s meaning (a request from a patient or family member) and gives the practicing physicians’ response rate so the audience can judge it.',
      },
      {
        text: 'In a 2010 US national mail survey, the practicing physicians who answered said that 34.5% of all the friend requests they had received on social networks came from patients or their families.',
        explanation:
          'No. 34.5% is a share of respondents, those who said a patient or family member had sent them a request, not a share of requests.',
      },
    ],
    answer: 2,
    sources: ['bosslet-2011'],
  },
  {
    id: 'study-pooled-weighting',
    lesson: 'the-study',
    prompt:
      'The attitude figures are pooled over all respondents, and medical students, with the highest response rate, make up the largest group of respondents. Why does that matter?',
    options: [
      {
        text: 'The pooled figure leans toward the groups that answered most, and the results were not weighted to correct for it',
        explanation:
          'Right. Each group counts in proportion to how many of its members happened to answer. The published letter noted that the results were weighted neither for non-response nor for the groups’ different chances of being picked.',
      },
      {
        text: 'It does not matter: a figure pooled over all respondents is a national figure for the three groups',
        explanation:
          'No. Pooling mixes the groups in the proportions in which they happened to answer, which need not match their proportions among everyone the survey set out to describe.',
      },
      {
        text: 'Pooling cancels out non-response bias, since the errors of the three groups pull in different directions and offset one another',
        explanation:
          'No. There is no reason for errors to cancel: if every group’s respondents lean the same way, pooling keeps the lean.',
      },
      {
        text: 'It matters only for the behaviour items, because the attitude figures were reported separately for each of the three groups',
        explanation:
          'No. It is the other way round: the behaviour items have figures by group, while the attitude items are pooled over all respondents.',
      },
    ],
    answer: 0,
    sources: ['bosslet-2011'],
  },
];

/** The final check's slots for this lesson: one objective each, with parallel items. */
export const studyFinalSlots: readonly FinalSlot[] = [
  {
    id: 'slot-study-random-selection',
    lesson: 'the-study',
    objective:
      'Explain why a randomly chosen sample can still give biased figures once most of those asked do not answer.',
    items: [
      {
        id: 'final-study-random-not-enough',
        lesson: 'final',
        prompt:
          'At a journal club, a resident argues that because the 2010 survey picked the people it wrote to at random, its figures must be free of bias. What is the flaw in the argument?',
        options: [
          {
            text: 'There is none: choosing people at random guarantees that the figures match the population, whatever share of them replies',
            explanation:
              'No. Random selection protects only the list of people asked. Once most of them do not answer, the figures rest on those who chose to.',
          },
          {
            text: 'The groups were too small for a margin of error to be computed, and without one no random sample can be trusted',
            explanation:
              'No. A rough sampling margin can be computed from the approximate counts. It covers chance only, and says nothing about who chose not to answer.',
          },
          {
            text: 'The people asked came from several countries with different health systems, so no single population was sampled',
            explanation:
              'No. The survey was of US medical students, residents and practicing physicians only.',
          },
          {
            text: 'Chance chose who was asked, not who answered, and the many who did not reply may differ from those who did',
            explanation:
              'Right. With a 16.0% overall response rate and nothing known about the non-respondents, the figures describe those who answered and may be biased as estimates for everyone asked.',
          },
        ],
        answer: 3,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-study-random-program-survey',
        lesson: 'final',
        prompt:
          'A residency program e-mails a questionnaire on social-media habits to a random half of its residents, and fewer than one in five reply. The chief resident presents the replies as the program’s figure, since the sample was random. What should you tell her?',
        options: [
          {
            text: 'The figure is sound: picking residents at random makes those who reply a fair cross-section',
            explanation:
              'No. The draw decides who is asked. Those who then choose to reply, perhaps the residents most interested in social media, can differ from those who stay silent.',
          },
          {
            text: 'The random draw protects who was asked; with most residents silent, those who replied may differ from the rest',
            explanation:
              'Right. This is the 2010 survey’s problem on a small scale: a random list of people asked, then a low response, so the figure describes the repliers and may be biased for the program.',
          },
          {
            text: 'The figure is sound once a margin of error is attached, because the margin allows for the residents who did not reply',
            explanation:
              'No. A sampling margin describes chance among those who answered. It makes no allowance for differences between repliers and non-repliers, which can be far larger.',
          },
          {
            text: 'The figure must be thrown away, because a survey that fewer than one in five answer can tell the program nothing at all',
            explanation:
              'No. The replies still describe those who replied and can be a rough guide if their limits are stated. The point is to say who the figure describes, not to discard it.',
          },
        ],
        answer: 1,
        sources: ['bosslet-2011'],
      },
    ],
  },
  {
    id: 'slot-study-non-response-range',
    lesson: 'the-study',
    objective: 'Work out what a low response rate leaves open about the share among everyone asked.',
    items: [
      {
        id: 'final-study-worst-case',
        lesson: 'final',
        prompt:
          'Only 14.1% of the practicing physicians asked returned the survey. If nothing is assumed about the rest, what does a share among those respondents tell you about the share among all the practicing physicians asked?',
        options: [
          {
            text: 'Only a wide range: the rest could all have the trait or none of them, so the true share could lie almost anywhere',
            explanation:
              'Right. If none or all of the non-respondents had the trait, the estimate for everyone asked would be very low or very high. Only knowledge about the non-respondents narrows that range.',
          },
          {
            text: 'The share to within its sampling margin of error, which can be worked out from the approximate count of about 142 respondents',
            explanation:
              'No. The sampling margin covers chance among those who answered. It does not cover the difference between respondents and non-respondents, which can be far larger.',
          },
          {
            text: 'Nothing of any use, so figures from a survey this poorly answered should be left out of teaching',
            explanation:
              'No. The figures still describe the respondents, and read with care and beside other sources they can be a rough guide. The point is to state their limits, not to discard them.',
          },
          {
            text: 'The exact share, because people who do not return a survey can safely be assumed to answer like those who do',
            explanation:
              'No. That is an assumption, and the survey gives no way to check it. The published letter showed how much the estimate moves if it is wrong.',
          },
        ],
        answer: 0,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-study-bounds-arithmetic',
        lesson: 'final',
        prompt:
          'Of the practicing physicians asked, 14.1% answered, and 41.6% of those who answered reported using social networks. Assuming nothing about the others, which range for use among all the practicing physicians asked is right (computed)?',
        options: [
          {
            text: 'The reported 41.6%, give or take a sampling margin for the about 142 practicing physicians who answered',
            explanation:
              'No. A sampling margin covers chance among respondents only. It says nothing about the practicing physicians who did not answer, who are most of those asked.',
          },
          {
            text: 'From the published letter’s worked example up to the reported 41.6%, the two ends it discusses',
            explanation:
              'No. The letter’s 23.2% is one what-if, with non-respondents at half the respondents’ rate. It is not the lowest case, and the reported figure is not the highest.',
          },
          {
            text: 'About 6% up to the reported 41.6%: those who did not answer can pull it down, never up',
            explanation:
              'No. Non-respondents could use social networks more than respondents as well as less, so they can pull the estimate up as far as they can pull it down.',
          },
          {
            text: 'About 6% to about 92%',
            explanation:
              'Right. 0.141 × 41.6 is about 5.9%: the share if no non-respondent used social networks. Adding the 85.9% who did not answer gives about 91.8% if all of them did (both computed).',
          },
        ],
        answer: 3,
        sources: ['bosslet-2011'],
      },
    ],
  },
  {
    id: 'slot-study-who-answered',
    lesson: 'the-study',
    objective:
      'Explain how differences between those who answered and those asked, left unweighted, can tilt a figure.',
    items: [
      {
        id: 'final-study-women-respondents',
        lesson: 'final',
        prompt:
          'A published letter about the survey reported that women physicians were over-represented among respondents. Why could that matter for the figure on social-network use?',
        options: [
          {
            text: 'It could not matter, because gender has no bearing on anything the survey asked about, so any tilt cancels out',
            explanation:
              'No. The letter noted that gender is associated with specialty and age, which may in turn relate to social-network use.',
          },
          {
            text: 'Gender is linked to specialty and age, which may relate to use, so a tilt in who answered can tilt the figure',
            explanation:
              'Right. When respondents differ from those asked in traits linked to the answer, the figure can shift, and the results were not weighted to correct for it.',
          },
          {
            text: 'It means the women who answered were sent a different version of the questionnaire',
            explanation:
              'No. Nothing suggests that anyone got a different questionnaire. Over-representation means women made up a larger share of respondents than of those asked.',
          },
          {
            text: 'It shows that the response rates were miscalculated, since over-representation can only come from a mistake in counting who replied',
            explanation:
              'No. Who answered and how many answered are separate questions. The response rates can be right while the respondents still differ from those asked.',
          },
        ],
        answer: 1,
        sources: ['bosslet-2011'],
      },
      {
        id: 'final-study-selection-chances',
        lesson: 'final',
        prompt:
          'Each of the three groups was sent the same number of questionnaires, although the groups are not the same size nationally. What follows for a figure that simply adds together everyone who answered?',
        options: [
          {
            text: 'Nothing: sending the same number to each group gives every member of the profession the same chance of being asked',
            explanation:
              'No. The same number drawn from groups of different sizes gives members of the smaller group a better chance of being picked than members of a larger one.',
          },
          {
            text: 'Unweighted, the smaller groups count for more than their share of the profession',
            explanation:
              'Right. A member of a smaller group had a better chance of being asked, so adding everyone up without weights over-represents that group. The letter noted that the results were not weighted for these chances.',
          },
          {
            text: 'The figure corrects itself, because each group’s response rate already adjusts its answers for the size of the group',
            explanation:
              'No. A response rate only says what share of those asked replied. It carries no information about how large the group is nationally.',
          },
          {
            text: 'Only the behaviour items are affected, since the authors weighted the attitude items by group size before pooling them',
            explanation:
              'No. The published letter pointed out that the results were not weighted, and the attitude items are exactly the ones pooled over all respondents.',
          },
        ],
        answer: 1,
        sources: ['bosslet-2011'],
      },
    ],
  },
];
