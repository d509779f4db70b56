/** What the non-response explorer is given: the study's groups and the letter's worked example. */

export interface ExplorerGroup {
  id: string;
  label: string;
  /** Reported: share of the group's respondents with the trait. */
  respondentsPct: number;
  respondentsText: string;
  /** Reported: the group's response rate, in percent. */
  responseRatePct: number;
  responseRateText: string;
  /** Derived and approximate: how many answered. */
  respondentsApproxText: string;
  surveyedText: string;
}

/** The published letter's worked example, with the rounded inputs it used. */
export interface LetterExample {
  group: string;
  responseShare: number;
  responseShareText: string;
  respondentsPct: number;
  respondentsText: string;
  nonRespondentsPct: number;
  nonRespondentsText: string;
  /** The study's overall response rate, which the letter's share rounds. */
  overallRateText: string;
  source: string;
}
