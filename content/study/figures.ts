import { bosslet2011, type ByGroupItemId, type GroupId, type PooledItemId } from './bosslet-2011';
import type { SourceId } from './literature';

/**
 * Every number the module may show as a figure, with its source and provenance. A lesson, chart or page
 * cites a figure by id; an unknown id is a type error (FigureId is a union of the ids below) and a
 * run-time error (getFigure).
 *
 * - reported: printed in the source (for Bosslet: in the abstract);
 * - derived: the module's own arithmetic on reported figures — label it as computed;
 * - secondary: seen only in a secondary source (a news summary, or another body quoting the source) — say so.
 *
 * The published letter on the survey is a source of its own ('letter-pmc3304029'): its worked example is the
 * letter's, never the survey's.
 */

/** 'usd': an amount in US dollars, shown as "$10,000". */
export type FigureUnit = 'percent' | 'count' | 'ratio' | 'usd';
export type FigureProvenance = 'reported' | 'derived' | 'secondary';

interface FigureDefinition {
  id: string;
  value: number;
  unit: FigureUnit;
  /** Decimal places to show: the precision the source gave, never more. */
  decimals: number;
  /** Plain English, short: what the number counts. */
  label: string;
  source: SourceId;
  provenance: FigureProvenance;
  /** The base of a percentage (how many it is a share of), when known. */
  n?: { value: number; approx: boolean };
  /** The count behind a percentage ("47 of 78"), when the source gives it. */
  count?: number;
  /** Bosslet: the stratum ('MS' | 'RP' | 'PP') or 'all'; other sources: the subgroup in plain words. */
  group?: string;
  /** What a reader must know to use the figure fairly. */
  note?: string;
}

type FigureFields = Omit<FigureDefinition, 'id'>;

const { groups, items, overall, publishedCritique } = bosslet2011;
const example = publishedCritique.workedExample;

const BEHAVIOUR_PHRASE: Record<ByGroupItemId, string> = {
  'osn-use': 'use online social networks personally',
  'visited-patient-profile': 'had visited the online profile of a patient or a patient’s family member',
  'friend-request-received': 'had received a friend request from a patient or a patient’s family member',
};

/** A behaviour item's share in one group; its base is the group's derived (approximate) respondent count. */
function byGroup(item: ByGroupItemId, groupId: GroupId): FigureFields {
  const group = groups[groupId];
  return {
    value: items[item].results[groupId],
    unit: 'percent',
    decimals: items[item].decimals,
    label: `${group.label} who ${BEHAVIOUR_PHRASE[item]}`,
    source: 'bosslet-2011',
    provenance: 'reported',
    n: { value: group.respondentsApprox, approx: true },
    group: groupId,
  };
}

const POOLED_LABEL: Record<PooledItemId, string> = {
  'ethics-social':
    'Did not think contact with patients on social networks for social reasons ethically acceptable',
  'ethics-patient-care':
    'Did not think contact with patients on social networks for patient care ethically acceptable',
  'communication-outlook': 'Pessimistic that social networks could improve patient–doctor communication',
  'confidentiality-concern': 'Concerned about maintaining patient confidentiality',
};

const POOLED_NOTE = 'Pooled over all three groups; only this side was reported, with no split by group.';
const overallN = { value: overall.respondentsApprox, approx: true };

/** An attitude item's one reported side, pooled over all respondents. */
function pooled(item: PooledItemId): FigureFields {
  return {
    value: items[item].pct,
    unit: 'percent',
    decimals: items[item].decimals,
    label: POOLED_LABEL[item],
    source: 'bosslet-2011',
    provenance: 'reported',
    n: overallN,
    group: 'all',
    note: POOLED_NOTE,
  };
}

/** The rest of the respondents (100 − the reported side): computed, and not split any further. */
function pooledRemainder(item: PooledItemId): FigureFields {
  const { pct, decimals } = items[item];
  return {
    value: Number((100 - pct).toFixed(decimals)),
    unit: 'percent',
    decimals,
    label: 'All other respondents (100% minus the reported side; the study gives no split of them)',
    source: 'bosslet-2011',
    provenance: 'derived',
    n: overallN,
    group: 'all',
    note: 'Computed by the module. These respondents may have answered the other way, been unsure or skipped the item: the abstract does not say.',
  };
}

function responseRate(groupId: GroupId): FigureFields {
  const group = groups[groupId];
  return {
    value: group.responseRatePct,
    unit: 'percent',
    decimals: 1,
    label: `Response rate, ${group.label.toLowerCase()}`,
    source: 'bosslet-2011',
    provenance: 'reported',
    n: { value: group.surveyed, approx: false },
    group: groupId,
  };
}

function surveyed(groupId: GroupId): FigureFields {
  return {
    value: groups[groupId].surveyed,
    unit: 'count',
    decimals: 0,
    label: `${groups[groupId].label} sent the survey`,
    source: 'bosslet-2011',
    provenance: 'reported',
    group: groupId,
  };
}

function respondents(groupId: GroupId): FigureFields {
  const group = groups[groupId];
  return {
    value: group.respondentsApprox,
    unit: 'count',
    decimals: 0,
    label: `${group.label} who answered (about)`,
    source: 'bosslet-2011',
    provenance: 'derived',
    group: groupId,
    note: `Computed by the module: ${group.responseRatePct}% of ${group.surveyed}, rounded. Approximate; the study's own count is not available.`,
  };
}

const groupsSum = groups.MS.respondentsApprox + groups.RP.respondentsApprox + groups.PP.respondentsApprox;

const CRITIQUE_NOTE = `From a published letter to the editors about the study (${publishedCritique.source}), not from the study itself: a hypothetical, not a finding.`;

const FIGURE_LIST = [
  // Bosslet et al. 2011 — who was asked and who answered
  { id: 'bosslet/surveyed/MS', ...surveyed('MS') },
  { id: 'bosslet/surveyed/RP', ...surveyed('RP') },
  { id: 'bosslet/surveyed/PP', ...surveyed('PP') },
  {
    id: 'bosslet/surveyed/overall',
    value: overall.surveyed,
    unit: 'count',
    decimals: 0,
    label: 'People sent the survey, all three groups',
    source: 'bosslet-2011',
    provenance: 'derived',
    group: 'all',
    note: 'Computed by the module: 3 × 1004.',
  },
  { id: 'bosslet/response-rate/MS', ...responseRate('MS') },
  { id: 'bosslet/response-rate/RP', ...responseRate('RP') },
  { id: 'bosslet/response-rate/PP', ...responseRate('PP') },
  {
    id: 'bosslet/response-rate/overall',
    value: overall.responseRatePct,
    unit: 'percent',
    decimals: 1,
    label: 'Response rate, all three groups',
    source: 'bosslet-2011',
    provenance: 'reported',
    n: { value: overall.surveyed, approx: false },
    group: 'all',
  },
  { id: 'bosslet/respondents/MS', ...respondents('MS') },
  { id: 'bosslet/respondents/RP', ...respondents('RP') },
  { id: 'bosslet/respondents/PP', ...respondents('PP') },
  {
    id: 'bosslet/respondents/overall',
    value: overall.respondentsApprox,
    unit: 'count',
    decimals: 0,
    label: 'People who answered, all three groups (about)',
    source: 'bosslet-2011',
    provenance: 'derived',
    group: 'all',
    note: `Computed by the module: 16.0% of 3012 is 481.9; the rounded rate allows about ${overall.respondentsApproxRange[0]}–${overall.respondentsApproxRange[1]}.`,
  },
  {
    id: 'bosslet/respondents/sum-of-groups',
    value: groupsSum,
    unit: 'count',
    decimals: 0,
    label: 'Sum of the three groups’ approximate respondent counts',
    source: 'bosslet-2011',
    provenance: 'derived',
    group: 'all',
    note: 'Computed by the module. It exceeds the overall count, so the true group denominators probably differ slightly from 1004 (for example, undeliverable surveys).',
  },
  {
    id: 'bosslet/response-rate/sum-of-groups',
    value: Number(((groupsSum / overall.surveyed) * 100).toFixed(1)),
    unit: 'percent',
    decimals: 1,
    label: 'Response rate implied by the sum of the three groups’ approximate counts',
    source: 'bosslet-2011',
    provenance: 'derived',
    n: { value: overall.surveyed, approx: false },
    group: 'all',
    note: 'Computed by the module; the abstract reports 16.0% overall.',
  },

  // Bosslet et al. 2011 — behaviours, by group
  { id: 'bosslet/osn-use/MS', ...byGroup('osn-use', 'MS') },
  { id: 'bosslet/osn-use/RP', ...byGroup('osn-use', 'RP') },
  { id: 'bosslet/osn-use/PP', ...byGroup('osn-use', 'PP') },
  { id: 'bosslet/visited-patient-profile/MS', ...byGroup('visited-patient-profile', 'MS') },
  { id: 'bosslet/visited-patient-profile/RP', ...byGroup('visited-patient-profile', 'RP') },
  { id: 'bosslet/visited-patient-profile/PP', ...byGroup('visited-patient-profile', 'PP') },
  { id: 'bosslet/friend-request-received/MS', ...byGroup('friend-request-received', 'MS') },
  { id: 'bosslet/friend-request-received/RP', ...byGroup('friend-request-received', 'RP') },
  { id: 'bosslet/friend-request-received/PP', ...byGroup('friend-request-received', 'PP') },

  // Bosslet et al. 2011 — attitudes, pooled, one side only
  { id: 'bosslet/ethics-social/not-acceptable', ...pooled('ethics-social') },
  { id: 'bosslet/ethics-social/remainder', ...pooledRemainder('ethics-social') },
  { id: 'bosslet/ethics-patient-care/not-acceptable', ...pooled('ethics-patient-care') },
  { id: 'bosslet/ethics-patient-care/remainder', ...pooledRemainder('ethics-patient-care') },
  { id: 'bosslet/communication-outlook/pessimistic', ...pooled('communication-outlook') },
  { id: 'bosslet/communication-outlook/remainder', ...pooledRemainder('communication-outlook') },
  { id: 'bosslet/confidentiality-concern/concerned', ...pooled('confidentiality-concern') },
  { id: 'bosslet/confidentiality-concern/remainder', ...pooledRemainder('confidentiality-concern') },

  // The published letter's worked example (practicing physicians' OSN use): the letter's figures, not the survey's
  {
    id: 'bosslet/critique/respondent-share',
    value: example.respondentShare,
    unit: 'ratio',
    decimals: 2,
    label: 'Critique’s example: share of those asked who answered',
    source: 'letter-pmc3304029',
    provenance: 'reported',
    group: example.group,
    note: CRITIQUE_NOTE,
  },
  {
    id: 'bosslet/critique/non-respondent-share',
    value: example.nonRespondentShare,
    unit: 'ratio',
    decimals: 2,
    label: 'Critique’s example: share of those asked who did not answer',
    source: 'letter-pmc3304029',
    provenance: 'reported',
    group: example.group,
    note: CRITIQUE_NOTE,
  },
  {
    id: 'bosslet/critique/respondents-use',
    value: example.respondentsUsePct,
    unit: 'percent',
    decimals: 0,
    label: 'Critique’s example: OSN use among practicing physicians who answered (about)',
    source: 'letter-pmc3304029',
    provenance: 'reported',
    group: example.group,
    note: `${CRITIQUE_NOTE} The letter rounds the reported 41.6% to about 40%.`,
  },
  {
    id: 'bosslet/critique/non-respondents-use',
    value: example.nonRespondentsUsePct,
    unit: 'percent',
    decimals: 0,
    label: 'Critique’s example: supposed OSN use among practicing physicians who did not answer',
    source: 'letter-pmc3304029',
    provenance: 'reported',
    group: example.group,
    note: CRITIQUE_NOTE,
  },
  {
    id: 'bosslet/critique/population-estimate',
    value: example.resultPct,
    unit: 'percent',
    decimals: 1,
    label:
      'Critique’s example: OSN use among all practicing physicians asked, if non-respondents’ use were 20%',
    source: 'letter-pmc3304029',
    provenance: 'reported',
    group: example.group,
    note: `${CRITIQUE_NOTE} Computed in the letter as 0.16 × 40 + 0.84 × 20 (the module checks the sum): about half the reported figure.`,
  },

  // Chretien et al. 2009 — US medical schools
  {
    id: 'chretien-2009/schools-responded',
    value: 60,
    unit: 'percent',
    decimals: 0,
    label: 'US medical schools whose dean of student affairs answered the survey',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 78,
    n: { value: 130, approx: false },
  },
  {
    id: 'chretien-2009/incidents-reported',
    value: 60,
    unit: 'percent',
    decimals: 0,
    label: 'Responding schools that reported students posting unprofessional content online',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 47,
    n: { value: 78, approx: false },
  },
  {
    id: 'chretien-2009/incident-confidentiality',
    value: 13,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that included violations of patient confidentiality',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 6,
    n: { value: 46, approx: false },
  },
  {
    id: 'chretien-2009/incident-profanity',
    value: 52,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that included profanity',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 22,
    n: { value: 42, approx: false },
  },
  {
    id: 'chretien-2009/incident-discriminatory-language',
    value: 48,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that included discriminatory language',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 19,
    n: { value: 40, approx: false },
  },
  {
    id: 'chretien-2009/incident-intoxication',
    value: 39,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that depicted intoxication',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 17,
    n: { value: 44, approx: false },
  },
  {
    id: 'chretien-2009/incident-sexually-suggestive',
    value: 38,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that included sexually suggestive material',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 16,
    n: { value: 42, approx: false },
  },
  {
    id: 'chretien-2009/response-informal-warning',
    value: 67,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that responded with an informal warning',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 30,
    n: { value: 45, approx: false },
  },
  {
    id: 'chretien-2009/response-dismissal',
    value: 7,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with incidents that responded with dismissal',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 3,
    n: { value: 45, approx: false },
  },
  {
    id: 'chretien-2009/policy-covers-online-content',
    value: 38,
    unit: 'percent',
    decimals: 0,
    label: 'Schools with policies that covered content students post online',
    source: 'chretien-2009',
    provenance: 'reported',
    count: 28,
    n: { value: 73, approx: false },
  },

  // Thompson et al. 2008 — one US university, Facebook searched
  {
    id: 'thompson-2008/students-searched',
    value: 501,
    unit: 'count',
    decimals: 0,
    label: 'Medical students whose Facebook presence was searched',
    source: 'thompson-2008',
    provenance: 'reported',
    group: 'medical students',
  },
  {
    id: 'thompson-2008/residents-searched',
    value: 312,
    unit: 'count',
    decimals: 0,
    label: 'Residents whose Facebook presence was searched',
    source: 'thompson-2008',
    provenance: 'reported',
    group: 'residents',
  },
  {
    id: 'thompson-2008/account-all',
    value: 44.5,
    unit: 'percent',
    decimals: 1,
    label: 'Students and residents with a Facebook account',
    source: 'thompson-2008',
    provenance: 'reported',
    group: 'students and residents',
  },
  {
    id: 'thompson-2008/account-students',
    value: 64.3,
    unit: 'percent',
    decimals: 1,
    label: 'Medical students with a Facebook account',
    source: 'thompson-2008',
    provenance: 'reported',
    n: { value: 501, approx: false },
    group: 'medical students',
  },
  {
    id: 'thompson-2008/account-residents',
    value: 12.8,
    unit: 'percent',
    decimals: 1,
    label: 'Residents with a Facebook account',
    source: 'thompson-2008',
    provenance: 'reported',
    n: { value: 312, approx: false },
    group: 'residents',
  },
  {
    id: 'thompson-2008/identifiable-information',
    value: 83.3,
    unit: 'percent',
    decimals: 1,
    label: 'Accounts showing at least one item of personally identifiable information',
    source: 'thompson-2008',
    provenance: 'reported',
    group: 'account holders',
  },
  {
    id: 'thompson-2008/set-to-private',
    value: 37.5,
    unit: 'percent',
    decimals: 1,
    label: 'Accounts set to private',
    source: 'thompson-2008',
    provenance: 'reported',
    group: 'account holders',
  },

  // Black et al. 2010 — the same university, 2009
  {
    id: 'black-2010/account-students',
    value: 69.5,
    unit: 'percent',
    decimals: 1,
    label: 'Medical students with a Facebook account, 2009',
    source: 'black-2010',
    provenance: 'reported',
    group: 'medical students',
  },
  {
    id: 'black-2010/account-residents',
    value: 39.8,
    unit: 'percent',
    decimals: 1,
    label: 'Residents with a Facebook account, 2009',
    source: 'black-2010',
    provenance: 'reported',
    group: 'residents',
  },

  // Moubarak et al. 2011 — one French university hospital
  {
    id: 'moubarak-2011/surveyed',
    value: 405,
    unit: 'count',
    decimals: 0,
    label: 'Residents and fellows sent the questionnaire',
    source: 'moubarak-2011',
    provenance: 'reported',
  },
  {
    id: 'moubarak-2011/respondents',
    value: 202,
    unit: 'count',
    decimals: 0,
    label: 'Residents and fellows who answered',
    source: 'moubarak-2011',
    provenance: 'reported',
  },
  {
    id: 'moubarak-2011/response-rate',
    value: 50,
    unit: 'percent',
    decimals: 0,
    label: 'Response rate',
    source: 'moubarak-2011',
    provenance: 'reported',
    count: 202,
    n: { value: 405, approx: false },
  },
  {
    id: 'moubarak-2011/facebook-profile',
    value: 73,
    unit: 'percent',
    decimals: 0,
    label: 'Respondents with a Facebook profile',
    source: 'moubarak-2011',
    provenance: 'reported',
    n: { value: 202, approx: false },
  },
  {
    id: 'moubarak-2011/privacy-changed',
    value: 61,
    unit: 'percent',
    decimals: 0,
    label: 'Facebook users who had changed the default privacy settings',
    source: 'moubarak-2011',
    provenance: 'reported',
    group: 'Facebook users',
  },
  {
    id: 'moubarak-2011/request-decline',
    value: 85,
    unit: 'percent',
    decimals: 0,
    label: 'Would automatically decline a friend request from a patient',
    source: 'moubarak-2011',
    provenance: 'reported',
  },
  {
    id: 'moubarak-2011/request-case-by-case',
    value: 15,
    unit: 'percent',
    decimals: 0,
    label: 'Would decide case by case on a friend request from a patient',
    source: 'moubarak-2011',
    provenance: 'reported',
  },
  {
    id: 'moubarak-2011/request-accept',
    value: 0,
    unit: 'percent',
    decimals: 0,
    label: 'Would automatically accept a friend request from a patient',
    source: 'moubarak-2011',
    provenance: 'reported',
    note: 'Reported as "none".',
  },
  {
    id: 'moubarak-2011/request-received',
    value: 6,
    unit: 'percent',
    decimals: 0,
    label: 'Facebook users who had received a friend request from a patient (about)',
    source: 'moubarak-2011',
    provenance: 'secondary',
    count: 8,
    group: 'Facebook users',
    note: 'Seen only in a news summary of the paper.',
  },
  {
    id: 'moubarak-2011/request-received-count',
    value: 8,
    unit: 'count',
    decimals: 0,
    label: 'Facebook users who had received a friend request from a patient',
    source: 'moubarak-2011',
    provenance: 'secondary',
    group: 'Facebook users',
    note: 'Seen only in a news summary of the paper.',
  },
  {
    id: 'moubarak-2011/request-accepted-count',
    value: 4,
    unit: 'count',
    decimals: 0,
    label: 'Of those, users who had accepted the request',
    source: 'moubarak-2011',
    provenance: 'secondary',
    group: 'Facebook users',
    note: 'Seen only in a news summary of the paper.',
  },

  // Greysen et al. 2012 — US state medical boards
  {
    id: 'greysen-2012/boards-responded',
    value: 71,
    unit: 'percent',
    decimals: 0,
    label: 'US medical and osteopathic boards that answered the survey',
    source: 'greysen-2012',
    provenance: 'reported',
    count: 48,
    n: { value: 68, approx: false },
  },
  {
    id: 'greysen-2012/violations-reported',
    value: 92,
    unit: 'percent',
    decimals: 0,
    label: 'Responding boards with at least one online-professionalism violation reported to them',
    source: 'greysen-2012',
    provenance: 'reported',
    count: 44,
    n: { value: 48, approx: false },
    note: 'Violations reported to the board, not actions taken.',
  },
  {
    id: 'greysen-2012/violation-patient-communication',
    value: 69,
    unit: 'percent',
    decimals: 0,
    label: 'Boards reporting inappropriate online communication with patients (e.g. sexual misconduct)',
    source: 'greysen-2012',
    provenance: 'reported',
  },
  {
    id: 'greysen-2012/violation-internet-prescribing',
    value: 63,
    unit: 'percent',
    decimals: 0,
    label: 'Boards reporting Internet prescribing without an established clinical relationship',
    source: 'greysen-2012',
    provenance: 'reported',
  },
  {
    id: 'greysen-2012/violation-credentials',
    value: 60,
    unit: 'percent',
    decimals: 0,
    label: 'Boards reporting online misrepresentation of credentials',
    source: 'greysen-2012',
    provenance: 'reported',
  },
  {
    id: 'greysen-2012/reports-from-patients',
    value: 65,
    unit: 'percent',
    decimals: 0,
    label: 'Responding boards that had received reports from patients or their families',
    source: 'greysen-2012',
    provenance: 'reported',
    count: 31,
    n: { value: 48, approx: false },
    note: 'A share of boards, not of reports. Reports by other physicians were common too, and the letter does not rank the sources.',
  },
  {
    id: 'greysen-2012/disciplinary-proceedings',
    value: 71,
    unit: 'percent',
    decimals: 0,
    label: 'Responding boards that had held disciplinary proceedings over such violations',
    source: 'greysen-2012',
    provenance: 'secondary',
    note: 'Seen only in a news summary of the letter.',
  },
  {
    id: 'greysen-2012/serious-outcomes',
    value: 56,
    unit: 'percent',
    decimals: 0,
    label: 'Responding boards that had imposed license restriction, suspension or revocation',
    source: 'greysen-2012',
    provenance: 'secondary',
    note: 'Seen only in a news summary of the letter.',
  },

  // Pew Internet 2010 — US internet users, May 2010
  {
    id: 'pew-2010/18-29',
    value: 86,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 18–29 who used social networking sites, May 2010',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 18–29',
  },
  {
    id: 'pew-2010/30-49',
    value: 61,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 30–49 who used social networking sites, May 2010',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 30–49',
  },
  {
    id: 'pew-2010/50-64',
    value: 47,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 50–64 who used social networking sites, May 2010',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 50–64',
  },
  {
    id: 'pew-2010/50-64-year-earlier',
    value: 25,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 50–64 who used social networking sites, a year earlier',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 50–64',
  },
  {
    id: 'pew-2010/65-plus',
    value: 26,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 65 and older who used social networking sites, May 2010',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 65 and older',
  },
  {
    id: 'pew-2010/65-plus-year-earlier',
    value: 13,
    unit: 'percent',
    decimals: 0,
    label: 'US internet users aged 65 and older who used social networking sites, a year earlier',
    source: 'pew-2010',
    provenance: 'reported',
    group: 'aged 65 and older',
  },

  // Brown et al. 2014 — Australian doctors
  {
    id: 'brown-2014/participation',
    value: 12.47,
    unit: 'percent',
    decimals: 2,
    label: 'Australian doctors approached who took part',
    source: 'brown-2014',
    provenance: 'reported',
    count: 187,
    n: { value: 1500, approx: false },
  },
  {
    id: 'brown-2014/friend-request-received',
    value: 19.4,
    unit: 'percent',
    decimals: 1,
    label: 'Doctors who had received a friend request from a patient',
    source: 'brown-2014',
    provenance: 'reported',
    count: 30,
    n: { value: 155, approx: false },
  },
  {
    id: 'brown-2014/no-social-media',
    value: 25.7,
    unit: 'percent',
    decimals: 1,
    label: 'Doctors who used no social media',
    source: 'brown-2014',
    provenance: 'reported',
    count: 48,
    n: { value: 187, approx: false },
  },

  // Lee et al. 2016 — US retail-pharmacy customers
  {
    id: 'lee-2016/respondents',
    value: 2252,
    unit: 'count',
    decimals: 0,
    label: 'US retail-pharmacy customers who answered the online survey',
    source: 'lee-2016',
    provenance: 'reported',
  },
  {
    id: 'lee-2016/response-rate',
    value: 50.0,
    unit: 'percent',
    decimals: 1,
    label: 'Response rate',
    source: 'lee-2016',
    provenance: 'reported',
  },
  {
    id: 'lee-2016/contacted-by-email',
    value: 37,
    unit: 'percent',
    decimals: 0,
    label: 'Patients who had contacted a physician by e-mail in the past six months',
    source: 'lee-2016',
    provenance: 'reported',
  },
  {
    id: 'lee-2016/contacted-through-facebook',
    value: 18,
    unit: 'percent',
    decimals: 0,
    label: 'Patients who had contacted a physician through Facebook in the past six months',
    source: 'lee-2016',
    provenance: 'reported',
  },
  // Federation of State Medical Boards 2019 — the policy's background
  {
    id: 'fsmb-2019/adults-social-media-2005',
    value: 5,
    unit: 'percent',
    decimals: 0,
    label: 'US adults who used social media in 2005, as the 2019 policy’s background cites it',
    source: 'fsmb-2019',
    provenance: 'reported',
    group: 'US adults',
  },
  {
    id: 'fsmb-2019/adults-social-media-2018',
    value: 70,
    unit: 'percent',
    decimals: 0,
    label: 'US adults who used social media at the start of 2018 (“nearly”), as the 2019 policy cites it',
    source: 'fsmb-2019',
    provenance: 'reported',
    group: 'US adults',
    note: 'The policy says "nearly 70%": always say "nearly".',
  },

  // HHS Office for Civil Rights — HIPAA actions over replies to online reviews
  {
    id: 'hhs-ocr/elite-dental-amount',
    value: 10000,
    unit: 'usd',
    decimals: 0,
    label:
      'Elite Dental Associates (Dallas), announced 2 Oct 2019: the amount, with a two-year corrective action plan',
    source: 'hhs-ocr-online-reviews',
    provenance: 'reported',
  },
  {
    id: 'hhs-ocr/new-vision-dental-amount',
    value: 23000,
    unit: 'usd',
    decimals: 0,
    label: 'New Vision Dental (California), 14 Dec 2022: the amount, with a corrective action plan',
    source: 'hhs-ocr-online-reviews',
    provenance: 'reported',
  },
  {
    id: 'hhs-ocr/manasa-amount',
    value: 30000,
    unit: 'usd',
    decimals: 0,
    label: 'Manasa Health Center (New Jersey psychiatric practice), June 2023: the amount',
    source: 'hhs-ocr-online-reviews',
    provenance: 'secondary',
    note: 'Seen only in a secondary summary of the action.',
  },
  {
    id: 'hhs-ocr/igbinadolor-penalty',
    value: 50000,
    unit: 'usd',
    decimals: 0,
    label: 'Dr. U. Phillip Igbinadolor, DMD & Associates (North Carolina): civil money penalty',
    source: 'hhs-ocr-online-reviews',
    provenance: 'secondary',
    note: 'Seen only in a secondary summary: decision of June 2021, published March 2022.',
  },

  // Ginory et al. 2012 — US psychiatry residents, recruited through a listserv
  {
    id: 'ginory-2012/respondents',
    value: 182,
    unit: 'count',
    decimals: 0,
    label: 'US psychiatry residents who answered, recruited through a national listserv',
    source: 'ginory-2012',
    provenance: 'reported',
    group: 'psychiatry residents',
    note: 'No response rate can be computed for a listserv sample.',
  },
  {
    id: 'ginory-2012/friend-request-received',
    value: 9.7,
    unit: 'percent',
    decimals: 1,
    label: 'Psychiatry residents who had received a friend request from a patient',
    source: 'ginory-2012',
    provenance: 'reported',
    group: 'psychiatry residents',
    note: 'A listserv sample with no response rate: it may be far from representative.',
  },
  {
    id: 'ginory-2012/viewed-patient-profile',
    value: 18.7,
    unit: 'percent',
    decimals: 1,
    label: 'Psychiatry residents who had viewed a patient’s profile',
    source: 'ginory-2012',
    provenance: 'reported',
    group: 'psychiatry residents',
    note: 'A listserv sample with no response rate: it may be far from representative.',
  },
] as const satisfies readonly FigureDefinition[];

export type FigureId = (typeof FIGURE_LIST)[number]['id'];

export interface Figure extends FigureFields {
  id: FigureId;
}

/** Every figure, in a reading order: the Bosslet survey first, then the related literature. */
export const figureList: readonly Figure[] = FIGURE_LIST;

export const figures = Object.fromEntries(figureList.map((figure) => [figure.id, figure])) as Record<
  FigureId,
  Figure
>;
