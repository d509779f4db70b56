import type { FinalSlot, Question } from './types';

/**
 * Knowledge check for the lesson "The study: who was asked, who answered", and its questions for the final
 * check. Wording is the module's own. The published letter about the study is part of the study's data
 * (`study.publishedCritique`), so its points are sourced to 'bosslet-2011'.
 */
export const studyQuestions: readonly Question[] = [
  {
    id: 'study-design',
    lesson: 'the-study',
    prompt:
      'Some literature databases label the Bosslet study a randomized controlled trial. How is its design best described?',
    options: [
      {
        text: 'A randomized controlled trial of a social-media policy',
        explanation:
          'No. Nobody was assigned to an intervention or compared with a control group. The only random step was choosing who would be sent the survey.',
      },
      {
        text: 'A cohort study that followed physicians over several years',
        explanation:
          'No. It is a survey with fieldwork from February to May 2010. It did not follow anyone over the years to see what happened to them.',
      },
      {
        text: 'A random, stratified mail survey of US medical students, residents and practicing physicians',
        explanation:
          'Right. People were drawn at random within each of three groups (the strata) and sent a questionnaire by mail. It reports what respondents said they did and thought.',
      },
      {
        text: 'An open online poll that anyone could choose to answer',
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
    prompt: 'Which of the three groups returned the survey most often?',
    options: [
      {
        text: 'Medical students',
        explanation:
          'Right. Students had the highest response rate, 19.8%, against 14.3% for residents and 14.1% for practicing physicians.',
      },
      {
        text: 'Resident physicians',
        explanation:
          'No. Residents answered at 14.3%, close to practicing physicians and clearly below the students’ 19.8%.',
      },
      {
        text: 'Practicing physicians',
        explanation: 'No. Practicing physicians had the lowest response rate of the three groups, 14.1%.',
      },
      {
        text: 'All three groups answered at about the same rate',
        explanation:
          'No. Residents and practicing physicians answered at similar rates, but students answered noticeably more often than either.',
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
        text: 'The abstract rounds every count to the nearest ten',
        explanation:
          'No. The abstract does not give counts of respondents at all, rounded or not: it gives response rates.',
      },
      {
        text: 'Some practicing physicians answered only part of the survey',
        explanation:
          'No. The abstract says nothing about partly completed surveys. The count is approximate because it is computed, not reported.',
      },
      {
        text: 'The count is a sampling estimate with its own margin of error',
        explanation:
          'No. A margin of error describes how a sample’s share may differ from the population’s by chance. The number who answered is a plain count; it is only that the module cannot see it.',
      },
      {
        text: 'The abstract gives rates, not counts, so the module computes each count from the rate and the number sent, and the totals do not quite agree',
        explanation:
          'Right. Rate × number sent gives about 142. The three groups’ computed counts add up to slightly more than the overall rate allows, so the true denominators probably differ a little from the numbers sent.',
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
        text: 'That the study’s figure was wrong, and the true figure is 23.2%',
        explanation:
          'No. The letter’s example is a what-if. Nothing is known about the non-respondents, so it shows what could happen, not what did.',
      },
      {
        text: 'That because non-respondents were most of those asked, such a difference would bring the estimate for everyone asked down to 23.2%, about half the reported figure',
        explanation:
          'Right. Respondents carry only a small weight (0.16) and non-respondents a large one (0.84), so the non-respondents’ share drives the estimate for the whole group.',
      },
      {
        text: 'That non-response makes no difference when the people asked were chosen at random',
        explanation:
          'No. Random selection decides who is asked. It cannot make those who choose to answer resemble those who do not.',
      },
      {
        text: 'That the estimate would hardly move, because the respondents’ answers count most',
        explanation:
          'No. The respondents’ answers are the only ones seen, but in the estimate for everyone asked they count for only their share of those asked.',
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
        text: '34.5% of US physicians get friend requests from patients.',
        explanation:
          'No. The figure describes the practicing physicians who answered, not all US physicians, and it counts who had ever received a request, not how often requests come.',
      },
      {
        text: 'A third of doctors are friends with their patients online.',
        explanation:
          'No. Receiving a request is not accepting it, and the abstract does not report whether any requests were accepted.',
      },
      {
        text: 'In a 2010 US mail survey, 34.5% of the practicing physicians who answered said they had received a friend request from a patient or a patient’s family member; 14.1% of the practicing physicians asked answered.',
        explanation:
          'Right. It names the survey and year, says whose answers these are, keeps the study’s meaning (ever received a request from a patient or family member), and gives the response rate so the audience can judge it.',
      },
      {
        text: 'Practicing physicians receive friend requests from patients 34.5% of the time.',
        explanation:
          'No. The figure is a share of respondents who had ever received a request, not a frequency. How often requests came is not in the abstract.',
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
        text: 'A pooled figure leans toward the groups that answered most, and the results were not weighted to correct for this or for the groups’ different chances of being picked',
        explanation:
          'Right. The published letter pointed out that the results were not weighted for non-response or for the strata’s different selection probabilities, so a pooled figure mixes the groups in proportion to who answered.',
      },
      {
        text: 'It does not matter: pooling over all respondents gives a national figure for all three groups',
        explanation:
          'No. Pooling mixes the groups in the proportions in which they happened to answer, which need not match their proportions among everyone the survey set out to describe.',
      },
      {
        text: 'Pooling removes non-response bias, because the errors of the groups cancel out',
        explanation:
          'No. There is no reason for errors to cancel: if every group’s respondents lean the same way, pooling keeps the lean.',
      },
      {
        text: 'It does not apply, because students were left out of the attitude figures',
        explanation:
          'No. The attitude figures are pooled over all respondents, students included; the abstract gives no split by group.',
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
          'The people sent the 2010 national survey were chosen at random. Why can its figures still be biased?',
        options: [
          {
            text: 'They cannot: random selection guarantees that the results match the population',
            explanation:
              'No. Random selection protects only the list of people asked. Once most of them do not answer, the results rest on those who chose to.',
          },
          {
            text: 'Because the groups were too small to compute any margin of error',
            explanation:
              'No. A rough sampling margin can be computed from the approximate counts. It covers chance only, and says nothing about who chose not to answer.',
          },
          {
            text: 'Because the answers came from several countries with different health systems',
            explanation:
              'No. The survey was of US medical students, residents and practicing physicians only.',
          },
          {
            text: 'Because only those who chose to answer were counted, and they may differ from the many who did not',
            explanation:
              'Right. With a 16.0% overall response rate and nothing known about the non-respondents, the figures describe those who answered and may be biased as estimates for everyone asked.',
          },
        ],
        answer: 3,
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
          'In a group where 14.1% of those asked answered, what can the share among respondents tell you, at worst, about the share among everyone asked?',
        options: [
          {
            text: 'Very little on its own: with most of the group silent, the true share could lie almost anywhere, unless something is known about the non-respondents',
            explanation:
              'Right. If none or all of the non-respondents had the trait, the estimate for everyone asked would be very low or very high. Only knowledge about the non-respondents narrows that range.',
          },
          {
            text: 'It fixes the share to within the sampling margin of error',
            explanation:
              'No. The sampling margin covers chance among those who answered. It does not cover the difference between respondents and non-respondents, which can be far larger.',
          },
          {
            text: 'Nothing of any use: a survey with a low response rate should be ignored',
            explanation:
              'No. The figures still describe the respondents, and read with care and beside other sources they can be a rough guide. The point is to state their limits, not to discard them.',
          },
          {
            text: 'The exact share, because non-respondents can be assumed to answer like respondents',
            explanation:
              'No. That is an assumption, and the survey gives no way to check it. The published letter showed how much the estimate moves if it is wrong.',
          },
        ],
        answer: 0,
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
            text: 'It could not matter, because gender has nothing to do with what the survey measured',
            explanation:
              'No. The letter noted that gender is associated with specialty and age, which may in turn relate to social-network use.',
          },
          {
            text: 'Gender is linked to specialty and age, which may relate to social-network use, so a tilt in who answered can tilt the figure, and the results were not weighted for it',
            explanation:
              'Right. When respondents differ from those asked in traits linked to the answer, the figure can shift, and unweighted results do nothing to correct it.',
          },
          {
            text: 'It means that women were not allowed to answer the attitude items',
            explanation:
              'No. Nothing suggests anyone was kept from answering an item. Over-representation means women made up a larger share of respondents than of those asked.',
          },
          {
            text: 'It shows that the response rates were calculated wrongly',
            explanation:
              'No. Who answered and how many answered are separate questions. The response rates can be right while the respondents still differ from those asked.',
          },
        ],
        answer: 1,
        sources: ['bosslet-2011'],
      },
    ],
  },
];
