import type { Assignment } from '@/lib/assignments/assignment';
import { formatDay, isoSeconds } from '@/lib/dates/days';
import { itemResultsUrn, tally, type ItemResult } from '@/lib/grading/item-results';
import {
  ATTITUDE_ITEMS,
  attitudeLabel,
  attitudesUrn,
  type SharedAttitudes,
} from '@/lib/assignments/attitudes';
import {
  CREDENTIAL_CONTEXT,
  CREDENTIAL_SCHEMA,
  CREDENTIAL_TYPE,
  ISSUER_NAME,
  MODULE_TITLE,
  NO_CME_CREDIT,
  issuerUrls,
} from './constants';

/** The issuer's Open Badges 3.0 Profile. */
export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
  description: string;
}

export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'Percent';
  valueMin: string;
  valueMax: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: 'CertificateOfCompletion';
  name: string;
  description: string;
  criteria: { narrative: string };
  resultDescription: [ResultDescription];
}

/** The learner's name as an OB 3.0 IdentityObject (plain text: a certificate prints it anyway). */
export interface NameIdentity {
  type: 'IdentityObject';
  identityType: 'name';
  hashed: false;
  identityHash: string;
}

export interface OpenBadgeCredential {
  '@context': typeof CREDENTIAL_CONTEXT;
  id: string;
  type: typeof CREDENTIAL_TYPE;
  issuer: IssuerProfile;
  validFrom: string;
  name: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier: [NameIdentity];
    achievement: Achievement;
    result: [{ type: ['Result']; resultDescription: string; value: string; status: 'Completed' }];
  };
  credentialSchema: [typeof CREDENTIAL_SCHEMA];
  /** The assignment it was completed for, and the attitudes the learner chose to share (OB 3.0 Evidence). */
  evidence?: Evidence[];
}

/** OB 3.0 Evidence. */
export interface Evidence {
  id: string;
  type: ['Evidence'];
  name: string;
  description: string;
  genre: (typeof EVIDENCE_GENRE)[keyof typeof EVIDENCE_GENRE];
  audience?: string;
}

export const EVIDENCE_GENRE = {
  /** Its id is the signed assignment link the learner opened. */
  assignment: 'Assignment',
  /** Its id is the compact URN of `attitudesUrn`. */
  attitudes: 'Shared attitude answers',
  /** Its id is the URN of `itemResultsUrn`: which final-check items were answered, and whether correctly. */
  items: 'Final-check item results',
  /** Its id is the URN of `itemResultsUrn(…, 'precheck')`: the pre-check's items, before the lessons. */
  precheck: 'Pre-check item results',
} as const;

export function issuerProfile(origin: string): IssuerProfile {
  const urls = issuerUrls(origin);
  return {
    id: urls.issuerId,
    type: ['Profile'],
    name: ISSUER_NAME,
    url: `${urls.origin}/`,
    description: `Issues certificates of completion for the e-learning module “${MODULE_TITLE}”. Public keys: ${urls.jwksUrl}.`,
  };
}

export function achievement(origin: string): Achievement {
  const { achievementId } = issuerUrls(origin);
  return {
    id: achievementId,
    type: ['Achievement'],
    achievementType: 'CertificateOfCompletion',
    name: MODULE_TITLE,
    description: `Completion of the e-learning module “${MODULE_TITLE}”, for medical students, residents and physicians. ${NO_CME_CREDIT}`,
    criteria: {
      narrative:
        'Pass the module’s final knowledge check at or above the pass mark (80% unless an assignment sets another). The issuer re-grades the submitted answers before it signs.',
    },
    resultDescription: [
      {
        id: `${achievementId}#final-check-score`,
        type: ['ResultDescription'],
        name: 'Final knowledge check score',
        resultType: 'Percent',
        valueMin: '0',
        valueMax: '100',
      },
    ],
  };
}

export interface CredentialFacts {
  /** `urn:uuid:…` */
  id: string;
  /** The printed name, already checked by `checkCertificateName`. */
  name: string;
  scorePct: number;
  /** When the server graded and signed, whole seconds (JWT `nbf` has no fractions). */
  issuedAt: Date;
  origin: string;
  /** The assignment the learner opened, checked again by the server, with its signed token. */
  assignment?: { token: string; assignment: Assignment };
  /** Only when the assignment invites it and the learner opted in. */
  attitudes?: SharedAttitudes;
  /** The items of the graded attempt, in the order asked, and whether each was answered correctly. */
  items?: readonly ItemResult[];
  /** The knowledge pre-check's items, answered before the lessons and not counted, when it was taken. */
  precheck?: readonly ItemResult[];
}

function evidenceOf(facts: CredentialFacts): Evidence[] {
  const evidence: Evidence[] = [];
  if (facts.assignment) {
    const { token, assignment } = facts.assignment;
    const due = assignment.due ? ` Due ${formatDay(assignment.due)}.` : '';
    evidence.push({
      id: `${issuerUrls(facts.origin).origin}/start?a=${token}`,
      type: ['Evidence'],
      name: `Assignment: ${assignment.course}`,
      description: `Assigned by ${assignment.educatorName} (${assignment.educatorContact}). Pass mark ${assignment.passMarkPct}%.${due}`,
      genre: EVIDENCE_GENRE.assignment,
    });
  }
  if (facts.attitudes && facts.assignment) {
    const shared = facts.attitudes;
    const lines = ATTITUDE_ITEMS.filter(({ item }) => shared[item]).map(({ item, after }) => {
      const { before, after: now } = shared[item]!;
      const label = (value: string | undefined) => (value ? attitudeLabel(item, value) : 'not answered');
      return `${after.prompt} Before: ${label(before)}. After: ${label(now)}.`;
    });
    evidence.push({
      id: attitudesUrn(shared),
      type: ['Evidence'],
      name: 'Attitude answers before and after the lessons',
      description: `Shared by the learner with ${facts.assignment.assignment.educatorName}. ${lines.join(' ')}`,
      genre: EVIDENCE_GENRE.attitudes,
      audience: facts.assignment.assignment.educatorName,
    });
  }
  if (facts.items && facts.items.length > 0) {
    const { correct } = tally(facts.items);
    evidence.push({
      id: itemResultsUrn(facts.items),
      type: ['Evidence'],
      name: 'Final-check items answered',
      description: `The final-check items this attempt asked, by id, and whether each was answered correctly: ${correct} of ${facts.items.length}. No answers or words are kept.`,
      genre: EVIDENCE_GENRE.items,
    });
  }
  if (facts.precheck && facts.precheck.length > 0) {
    const { correct } = tally(facts.precheck);
    evidence.push({
      id: itemResultsUrn(facts.precheck, 'precheck'),
      type: ['Evidence'],
      name: 'Knowledge pre-check before the lessons',
      description: `Asked in the learner’s browser before any lesson, and not counted toward the score: ${correct} of ${facts.precheck.length} answered correctly, beside ${facts.scorePct}% on the final check. The final check then asked other questions on the same objectives. Question ids only; no answers or words are kept.`,
      genre: EVIDENCE_GENRE.precheck,
    });
  }
  return evidence;
}

/** The unsigned Open Badges 3.0 credential (W3C VC Data Model 2.0) for a learner who passed. */
export function buildCredential(facts: CredentialFacts): OpenBadgeCredential {
  const achieved = achievement(facts.origin);
  const evidence = evidenceOf(facts);
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: facts.id,
    type: CREDENTIAL_TYPE,
    issuer: issuerProfile(facts.origin),
    validFrom: isoSeconds(facts.issuedAt),
    name: `Certificate of completion: ${MODULE_TITLE}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.name }],
      achievement: achieved,
      result: [
        {
          type: ['Result'],
          resultDescription: achieved.resultDescription[0].id,
          value: String(facts.scorePct),
          status: 'Completed',
        },
      ],
    },
    credentialSchema: [CREDENTIAL_SCHEMA],
    ...(evidence.length > 0 ? { evidence } : {}),
  };
}

/**
 * The few claims a certificate prints, signed on their own so that its QR code stays small (the whole
 * credential is about 2,000 characters). `date` is the UTC day the server signed.
 */
export interface PrintedClaims {
  name: string;
  score: number;
  date: string;
  /** The assignment's course, id and due date, when it was completed for one. */
  course?: string;
  aid?: string;
  due?: string;
}

export function printedClaims(credential: OpenBadgeCredential, assignment?: Assignment): PrintedClaims {
  return {
    name: credential.credentialSubject.identifier[0].identityHash,
    score: Number(credential.credentialSubject.result[0].value),
    date: credential.validFrom.slice(0, 10),
    ...(assignment
      ? { course: assignment.course, aid: assignment.id, ...(assignment.due ? { due: assignment.due } : {}) }
      : {}),
  };
}
