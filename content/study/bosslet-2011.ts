import type { LiteratureSourceId, Source } from './literature';

/**
 * Bosslet et al., J Gen Intern Med 2011 — the national survey the module teaches.
 *
 * Every figure here comes from the published abstract (the full text and the questionnaire could not be
 * consulted) unless it is marked as derived, which means the module's own arithmetic on the abstract's
 * figures. Derived figures are never to be shown as reported ones.
 *
 * The design is a random, stratified MAIL SURVEY, not a trial (some indexes mislabel the record).
 */

export type GroupId = 'MS' | 'RP' | 'PP';
export const GROUP_IDS: readonly GroupId[] = ['MS', 'RP', 'PP'];

export type ByGroupItemId = 'osn-use' | 'visited-patient-profile' | 'friend-request-received';
export type PooledItemId =
  'ethics-social' | 'ethics-patient-care' | 'communication-outlook' | 'confidentiality-concern';
export type ItemId = ByGroupItemId | PooledItemId;

/** The seven items in the order of the abstract: three behaviours by group, then four pooled attitudes. */
export const ITEM_IDS: readonly ItemId[] = [
  'osn-use',
  'visited-patient-profile',
  'friend-request-received',
  'ethics-social',
  'ethics-patient-care',
  'communication-outlook',
  'confidentiality-concern',
];

export interface Group {
  id: GroupId;
  /** The stratum's name, as a heading or table label. */
  label: string;
  /** For tight spaces such as chart axes. */
  shortLabel: string;
  /** Reported in the abstract. */
  surveyed: number;
  /** Reported in the abstract. */
  responseRatePct: number;
  /** DERIVED (rate × surveyed, rounded): always show it as approximate ("about 199"). */
  respondentsApprox: number;
}

/** A behaviour item with a share for each group (percent of respondents in the group). */
export interface ByGroupItem {
  kind: 'by-group';
  id: ByGroupItemId;
  /** What the item is about, in the module's words. */
  topic: string;
  /** The abstract's own phrase for the item: a short quotation, cite it as such. */
  abstractWording: string;
  results: Record<GroupId, number>;
  /** Decimal places the source gave. */
  decimals: number;
  unit: string;
  provenance: string;
}

/**
 * An attitude item, pooled over all respondents, giving the share on ONE side only. The rest are not split
 * (e.g. into "acceptable" and "unsure"); never invent that split.
 */
export interface PooledItem {
  kind: 'pooled';
  id: PooledItemId;
  topic: string;
  abstractWording: string;
  /** The side the share describes, completing "x% of respondents …". */
  side: string;
  /** The key of that side in the curated data ('notAcceptable', 'pessimistic', 'concerned'). */
  sideKey: 'notAcceptable' | 'pessimistic' | 'concerned';
  pct: number;
  decimals: number;
  unit: string;
  provenance: string;
}

export type Item = ByGroupItem | PooledItem;

const SURVEYED_PER_GROUP = 1004;

/** Respondents of a group: the module's arithmetic, not a reported count. */
function deriveRespondents(responseRatePct: number, surveyed: number): number {
  return Math.round((responseRatePct / 100) * surveyed);
}

function group(id: GroupId, label: string, shortLabel: string, responseRatePct: number): Group {
  return {
    id,
    label,
    shortLabel,
    surveyed: SURVEYED_PER_GROUP,
    responseRatePct,
    respondentsApprox: deriveRespondents(responseRatePct, SURVEYED_PER_GROUP),
  };
}

const groups: Record<GroupId, Group> = {
  MS: group('MS', 'Medical students', 'Students', 19.8),
  RP: group('RP', 'Resident physicians', 'Residents', 14.3),
  PP: group('PP', 'Practicing physicians', 'Physicians', 14.1),
};

const items = {
  'osn-use': {
    kind: 'by-group',
    id: 'osn-use',
    topic: 'Personal use of online social networks',
    abstractWording: 'reported usage of OSNs',
    results: { MS: 93.5, RP: 79.4, PP: 41.6 },
    decimals: 1,
    unit: 'percent of respondents in the group',
    provenance: 'abstract',
  },
  'visited-patient-profile': {
    kind: 'by-group',
    id: 'visited-patient-profile',
    topic: "Has visited the online profile of a patient or a patient's family member",
    abstractWording: "having visited the profile of a patient or patient's family member",
    results: { MS: 2.3, RP: 3.9, PP: 15.5 },
    decimals: 1,
    unit: 'percent of respondents in the group',
    provenance: 'abstract; the abstract states that PP were more likely to report this',
  },
  'friend-request-received': {
    kind: 'by-group',
    id: 'friend-request-received',
    topic: 'Has received friend requests from patients or their family members',
    abstractWording: 'received friend requests from patients or their family members',
    results: { MS: 1.2, RP: 7.8, PP: 34.5 },
    decimals: 1,
    unit: 'percent of respondents in the group',
    provenance: 'abstract; the abstract states that PP were more likely to report this',
  },
  'ethics-social': {
    kind: 'pooled',
    id: 'ethics-social',
    topic:
      'Is it ethically acceptable to interact with patients within online social networks for social reasons?',
    abstractWording:
      'did not think it ethically acceptable to interact with patients within OSNs for ... social ... reasons',
    side: 'did not think it ethically acceptable',
    sideKey: 'notAcceptable',
    pct: 68.3,
    decimals: 1,
    unit: 'percent of all respondents',
    provenance: 'abstract (pooled over the three groups; no per-group split available)',
  },
  'ethics-patient-care': {
    kind: 'pooled',
    id: 'ethics-patient-care',
    topic:
      'Is it ethically acceptable to interact with patients within online social networks for patient-care reasons?',
    abstractWording:
      'did not think it ethically acceptable to interact with patients within OSNs for ... patient-care ... reasons',
    side: 'did not think it ethically acceptable',
    sideKey: 'notAcceptable',
    pct: 68.0,
    decimals: 1,
    unit: 'percent of all respondents',
    provenance: 'abstract (pooled)',
  },
  'communication-outlook': {
    kind: 'pooled',
    id: 'communication-outlook',
    topic: 'Can online social networks improve patient–doctor communication?',
    abstractWording: 'pessimistic about the potential for OSNs to improve patient–doctor communication',
    side: 'were pessimistic about it',
    sideKey: 'pessimistic',
    pct: 48.7,
    decimals: 1,
    unit: 'percent of all respondents',
    provenance: 'abstract (pooled)',
  },
  'confidentiality-concern': {
    kind: 'pooled',
    id: 'confidentiality-concern',
    topic: 'Concern about maintaining patient confidentiality',
    abstractWording: 'expressed concerns about maintaining patient confidentiality',
    side: 'expressed concern about it',
    sideKey: 'concerned',
    pct: 79,
    decimals: 0,
    unit: 'percent of all respondents (reported without a decimal)',
    provenance: 'abstract (pooled)',
  },
} as const satisfies { [K in ItemId]: Item & { id: K } };

const citation = {
  authors: ['Gabriel T. Bosslet', 'Alexia M. Torke', 'Susan E. Hickman', 'Colin L. Terry', 'Paul R. Helft'],
  /** The authors in reference-list form. */
  authorsShort: 'Bosslet GT, Torke AM, Hickman SE, Terry CL, Helft PR',
  title: 'The Patient–Doctor Relationship and Online Social Networks: Results of a National Survey',
  journal: 'Journal of General Internal Medicine',
  journalAbbreviation: 'J Gen Intern Med',
  year: 2011,
  volume: 26,
  issue: 10,
  pages: '1168–1174',
  doi: '10.1007/s11606-011-1761-2',
  pmid: '21706268',
  pmcid: 'PMC3181288',
  /** Published online (ISO date). */
  epub: '2011-06-25',
  affiliation:
    'Charles Warren Fairbanks Center for Medical Ethics, Indiana University Health, Indianapolis, USA (and other Indiana University units)',
  keywords: [
    'doctor–patient relations',
    'computer communication networks',
    'professionalism',
    'Internet',
    'bioethics',
  ],
  caution:
    "Some indexes label the record 'Randomized Controlled Trial'. The design is a random, stratified mail survey; do not call it a trial.",
} as const;

/** The full reference, in the style of the module's reference list. */
const fullCitation = `${citation.authorsShort}. ${citation.title}. ${citation.journalAbbreviation}. ${citation.year};${citation.volume}(${citation.issue}):${citation.pages}. doi:${citation.doi}`;

const overallResponseRatePct = 16.0;
const overallSurveyed = SURVEYED_PER_GROUP * GROUP_IDS.length;

export const bosslet2011 = {
  citation: { ...citation, full: fullCitation },
  design: {
    type: 'random, stratified mail survey',
    country: 'United States',
    fieldwork: 'February–May 2010',
    strata: GROUP_IDS,
    provenance: 'abstract',
    /** Plain statement of what the design is not. */
    notATrial:
      'A survey of reported behaviour and opinion, not a trial: no one was assigned to an intervention.',
  },
  groups,
  groupsProvenance: {
    surveyed: 'abstract',
    responseRatePct: 'abstract',
    respondentsApprox:
      'derived as rate × 1004, rounded. The three counts add to 485 (16.1% of 3012), while the abstract reports 16.0% overall (about 481–483 of 3012), so the true group denominators probably differ slightly from 1004 (for example, undeliverable surveys). Show derived counts only as approximations ("about 199").',
  },
  overall: {
    /** Derived: 3 × 1004. */
    surveyed: overallSurveyed,
    /** Reported in the abstract. */
    responseRatePct: overallResponseRatePct,
    /** Derived: 16.0% × 3012 = 481.9, rounded. Show as approximate. */
    respondentsApprox: deriveRespondents(overallResponseRatePct, overallSurveyed),
    /** Derived: the counts that a reported 16.0% of 3012 allows. */
    respondentsApproxRange: [481, 483] as const,
    provenance: {
      surveyed: 'derived (3 × 1004)',
      responseRatePct: 'abstract',
      respondents: 'derived',
    },
  },
  items,
  qualitativeFindings: [
    {
      finding:
        'Personal OSN use among physicians and physicians-in-training mirrors that of the general population.',
      provenance: 'abstract, conclusions',
    },
    {
      finding:
        'Patient–doctor interactions do take place within OSNs, and are more typically initiated by patients than by physicians or physicians-in-training.',
      provenance: 'abstract, conclusions',
    },
    {
      finding: 'A majority of respondents view these online interactions as ethically problematic.',
      provenance: 'abstract, conclusions',
    },
  ],
  /** Measured in the study but not available to the module (abstract only). */
  measuredButNotAvailable: [
    'the nature and frequency of OSN use',
    'the frequency of friend requests and whether they were accepted',
    'exact item wording, answer options and per-group splits of the attitude items',
    'respondent characteristics (Table 1) and any p-values or regression results',
  ],
  /**
   * A letter to the editors about the survey, not part of it: cite it as its own source ('letter-pmc3304029'
   * in `literature.ts`), never as the survey. Its authors were not confirmed.
   */
  publishedCritique: {
    source: 'Letter to the editors, J Gen Intern Med (PubMed Central PMC3304029)',
    sourceId: 'letter-pmc3304029' satisfies LiteratureSourceId,
    pmcid: 'PMC3304029',
    points: [
      'With a 16% response rate and nothing known about non-respondents, population estimates such as OSN use may be badly biased.',
      'Worked example given in the letter: if the non-responding practicing physicians used OSNs at 20% rather than about 40%, the population estimate would be 0.16 x 40 + 0.84 x 20 = 23.2%, about half the reported figure.',
      "Results were not weighted for non-response or for the strata's different selection probabilities.",
      'Women physicians were reportedly over-represented among respondents; gender is associated with specialty and age, which may relate to OSN use.',
    ],
    /**
     * The letter's hypothetical: practicing physicians' OSN use (about 40% among respondents) if the
     * non-respondents used OSNs at 20%. All numbers as printed in the letter.
     */
    workedExample: {
      group: 'PP' as GroupId,
      respondentShare: 0.16,
      nonRespondentShare: 0.84,
      respondentsUsePct: 40,
      nonRespondentsUsePct: 20,
      /** Computed (0.16 × 40 + 0.84 × 20) and quoted in the letter: a hypothetical, not a finding. */
      resultPct: 23.2,
      resultProvenance: 'computed; quoted in the letter',
    },
    authorsReply: 'not consulted',
  },
} as const;

/** The survey as a citable source, beside the related literature. */
export const bossletSource: Source = {
  id: 'bosslet-2011',
  citation: fullCitation,
  short: 'Bosslet et al., J Gen Intern Med 2011',
  year: citation.year,
  doi: citation.doi,
  // The abstract's own sentences (its conclusions): quotations, never the module's words.
  facts: bosslet2011.qualitativeFindings.map(({ finding, provenance }) => ({
    text: finding,
    quotedFrom: provenance,
  })),
  note: 'Only the published abstract could be consulted; the full text and the questionnaire could not. Derived counts are the module’s own arithmetic and approximate.',
  caution: citation.caution,
};
