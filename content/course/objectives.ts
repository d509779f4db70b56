/*
 * What the whole module teaches: five or six measurable objectives, shown on the home page. Each lesson keeps
 * its own objectives; each of these names the final-check slots that test it (content/questions), and a
 * content test holds that every objective is tested and every slot tests one.
 */

export interface ModuleObjective {
  id: string;
  /** What a learner will be able to do, starting with a verb a question can check. */
  text: string;
  /** The final-check slots whose items test it. */
  slots: readonly string[];
}

export const moduleObjectives: readonly ModuleObjective[] = [
  {
    id: 'read-the-survey',
    text: 'Read a survey’s figures with their limits: what a low response rate leaves open, who answered, and what pooled or one-sided figures can and cannot show.',
    slots: [
      'slot-study-random-selection',
      'slot-study-non-response-range',
      'slot-study-who-answered',
      'slot-ethics-pooled-attitudes',
      'slot-ethics-unsplit-rest',
    ],
  },
  {
    id: 'describe-use',
    text: 'Describe how medical students, residents and practicing physicians used social networks and met patients online in 2010, and why those figures cannot be set against other surveys as a trend.',
    slots: ['slot-online-stage-figures', 'slot-online-general-population', 'slot-knock-request-figures'],
  },
  {
    id: 'protect-privacy',
    text: 'Plan a professional presence online that protects your own and your patients’ privacy, knowing what privacy settings can and cannot do.',
    slots: ['slot-online-privacy-settings', 'slot-guide-professional-presence'],
  },
  {
    id: 'answer-patients',
    text: 'Choose how to answer a patient who seeks contact online: decline courteously and move clinical questions to a secure, professional channel.',
    slots: ['slot-knock-reply', 'slot-guide-clinical-contact'],
  },
  {
    id: 'act-on-colleagues',
    text: 'Decide what to do about a colleague’s unprofessional content online, and read what state boards report about such violations.',
    slots: ['slot-ethics-colleague-content', 'slot-guide-escalation', 'slot-knock-board-reports'],
  },
  {
    id: 'apply-current-guidance',
    text: 'Apply the guidance written since the survey, including why a reply to an online review can disclose a patient’s health information.',
    slots: ['since-final-review-reply', 'since-final-guidance-claims'],
  },
];
