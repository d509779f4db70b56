/**
 * Sources other than the Bosslet survey: policies and other surveys that the lessons use for context and
 * guidance. Carried over, fact by fact, from the project's curated list of related literature (the project
 * never reads that list at run time). A fact seen only in a news summary of its source is marked
 * `secondary: true`; show it as such.
 */

export interface SourceFact {
  text: string;
  /** Seen only in a secondary (news) summary of the source, not in the source itself. */
  secondary?: boolean;
}

export interface Source {
  id: SourceId;
  /** Full reference, as it appears in the module's reference list. */
  citation: string;
  /** Short form for a citation line beside a figure, e.g. "Moubarak et al., J Med Ethics 2011". */
  short: string;
  year: number;
  doi?: string;
  facts: readonly SourceFact[];
  /** Context the reader needs to use the source fairly. */
  note?: string;
  /** A known misreading of the source, to avoid. */
  caution?: string;
}

interface LiteratureSourceDefinition extends Omit<Source, 'id'> {
  id: string;
}

const LITERATURE = [
  {
    id: 'ama-2010',
    citation:
      'American Medical Association. Professionalism in the Use of Social Media (policy adopted at the Interim Meeting, 8 Nov 2010). Background report: Shore R, Halsey J, Shah K, Crigger BJ, Douglas SP. J Clin Ethics. 2011;22(2):165-172.',
    short: 'American Medical Association policy, 2010',
    year: 2010,
    facts: [
      {
        text: 'Physicians should use privacy settings to safeguard personal information, while knowing that privacy settings are not absolute and that content, once posted, is likely to be permanent.',
      },
      { text: 'Physicians should routinely monitor their own online presence.' },
      {
        text: 'When interacting with patients online, physicians must keep appropriate patient–physician boundaries, as in any other context, and protect confidentiality.',
      },
      { text: 'Physicians should consider separating personal and professional content online.' },
      {
        text: "Online actions and content can harm a physician's reputation and career and undermine public trust in the profession.",
      },
      {
        text: "A physician who sees a colleague's unprofessional content should raise it with the colleague; if the content significantly violates professional norms and the colleague does not act, the physician should report it to the appropriate authorities.",
      },
    ],
    note: 'Adopted after the Bosslet fieldwork (Feb–May 2010) and before its publication (2011).',
  },
  {
    id: 'fsmb-2012',
    citation:
      'Federation of State Medical Boards. Model Policy Guidelines for the Appropriate Use of Social Media and Social Networking in Medical Practice (2012).',
    short: 'Federation of State Medical Boards, 2012',
    year: 2012,
    facts: [
      {
        text: "Physicians should interact with patients online only about the patient's treatment and within an established patient–physician relationship, and never through personal social networking pages.",
      },
      {
        text: 'Physicians should keep separate personal and professional online presences and protect patient privacy at all times.',
      },
      { text: 'Physicians who witness unprofessional online conduct by colleagues should report it.' },
    ],
  },
  {
    id: 'acp-fsmb-2013',
    citation:
      'Farnan JM, Snyder Sulmasy L, Worster BK, Chaudhry HJ, Rhyne JA, Arora VM. Online Medical Professionalism: Patient and Public Relationships. Policy statement from the American College of Physicians and the Federation of State Medical Boards. Ann Intern Med. 2013;158:620-627.',
    short: 'Farnan et al. (ACP and FSMB), Ann Intern Med 2013',
    year: 2013,
    facts: [
      {
        text: 'Recommends that the ethical principles of the patient–physician relationship apply online as offline.',
      },
      {
        text: "Recommends keeping professional and social spheres separate, and advises against 'friending' patients on personal social networking sites.",
      },
      {
        text: 'Recommends caution with online communication with patients, and use of secure channels for clinical matters.',
      },
      { text: 'Recommends periodically checking what is online about oneself.' },
      { text: 'Recommends considering the lasting, future effects of what one posts.' },
    ],
  },
  {
    id: 'chretien-2009',
    citation:
      'Chretien KC, Greysen SR, Chretien JP, Kind T. Online posting of unprofessional content by medical students. JAMA. 2009;302(12):1309-1315.',
    short: 'Chretien et al., JAMA 2009',
    year: 2009,
    facts: [
      {
        text: 'Survey of deans of student affairs, Mar–Apr 2009: 60% (78/130) of US medical schools responded.',
      },
      {
        text: '60% (47/78) of responding schools reported incidents of students posting unprofessional content online.',
      },
      {
        text: 'Among schools reporting incidents: violations of patient confidentiality 13% (6/46); profanity 52% (22/42); discriminatory language 48% (19/40); depicted intoxication 39% (17/44); sexually suggestive material 38% (16/42).',
      },
      { text: 'Responses: informal warning 67% (30/45); dismissal 7% (3/45).' },
      { text: '38% (28/73) of schools had policies that covered student-posted online content.' },
    ],
  },
  {
    id: 'thompson-2008',
    citation:
      'Thompson LA, Dawson K, Ferdig R, et al. The intersection of online social networking with medical professionalism. J Gen Intern Med. 2008;23(7):954-957.',
    short: 'Thompson et al., J Gen Intern Med 2008',
    year: 2008,
    facts: [
      {
        text: 'Facebook was searched for all 501 medical students and 312 residents of one US university (University of Florida).',
      },
      { text: '44.5% had an account: students 64.3% vs residents 12.8% (p<.0001).' },
      {
        text: '83.3% of accounts showed at least one item of personally identifiable information; only 37.5% were set to private.',
      },
    ],
  },
  {
    id: 'black-2010',
    citation:
      'Black EW, Thompson LA, Duff WP, Dawson K, Saliba H, Black NM. Revisiting social network utilization by physicians-in-training. J Grad Med Educ. 2010;2(2):289-293.',
    short: 'Black et al., J Grad Med Educ 2010',
    year: 2010,
    facts: [
      {
        text: 'In the 2009 follow-up at the same university, 69.5% of medical students and 39.8% of residents had Facebook accounts.',
      },
      { text: 'The 2009 cohort used privacy settings more than the 2007 cohort (P<.01).' },
    ],
  },
  {
    id: 'moubarak-2011',
    citation:
      'Moubarak G, Guiot A, Benhamou Y, Benhamou A, Hariri S. Facebook activity of residents and fellows and its impact on the doctor–patient relationship. J Med Ethics. 2011;37(2):101-104 (online Dec 2010).',
    short: 'Moubarak et al., J Med Ethics 2011',
    year: 2011,
    facts: [
      {
        text: 'Questionnaire e-mailed in Oct 2009 to 405 residents and fellows of one French university hospital (Rouen); 202 responded (50%).',
      },
      { text: '73% had a Facebook profile; 61% of them had changed the default privacy settings.' },
      {
        text: 'Asked what they would do with a friend request from a patient: 85% would automatically decline, 15% would decide case by case, none would automatically accept.',
      },
      {
        text: '8 users (about 6%) had received a friend request from a patient, and 4 had accepted.',
        secondary: true,
      },
    ],
  },
  {
    id: 'greysen-2012',
    citation:
      'Greysen SR, Chretien KC, Kind T, Young A, Gross CP. Physician violations of online professionalism and disciplinary actions: a national survey of state medical boards. JAMA. 2012;307(11):1141-1142.',
    short: 'Greysen et al., JAMA 2012',
    year: 2012,
    facts: [
      { text: '71% (48/68) of US medical and osteopathic boards responded.' },
      { text: '92% (44/48) had had at least one online-professionalism violation reported to them.' },
      {
        text: 'Most common reported violations: inappropriate patient communication online, e.g. sexual misconduct (69%); Internet prescribing without an established clinical relationship (63%); online misrepresentation of credentials (60%).',
      },
      { text: 'Reports came most often from patients or their families (65%).' },
      {
        text: '71% of boards held disciplinary proceedings, with actions up to license restriction, suspension or revocation.',
        secondary: true,
      },
    ],
    caution:
      "Some summaries say the 92% 'led to' serious action; the letter reports only that violations were reported.",
  },
  {
    id: 'pew-2010',
    citation:
      'Madden M. Older Adults and Social Media. Pew Internet & American Life Project, 27 Aug 2010 (survey of May 2010).',
    short: 'Madden, Pew Internet & American Life Project 2010',
    year: 2010,
    facts: [
      {
        text: 'Share of US internet users who used social networking sites, May 2010: 86% of those aged 18–29; 61% of 30–49; 47% of 50–64 (25% a year earlier); 26% of 65 and older (13% a year earlier).',
      },
    ],
    note: "Shares of internet users, same season as the Bosslet fieldwork. Setting them beside Bosslet's groups (e.g. MS 93.5% vs 86% of online 18–29-year-olds) is the module's own comparison, not the authors'.",
  },
  {
    id: 'brown-2014',
    citation:
      'Brown J, Ryan C, Harris A. How doctors view and use social media: a national survey. J Med Internet Res. 2014;16(12):e267.',
    short: 'Brown et al., J Med Internet Res 2014',
    year: 2014,
    facts: [
      { text: 'Australian national survey: 12.47% (187/1500) participated.' },
      {
        text: '19.4% (30/155) had received a friend request from a patient; 25.7% (48/187) used no social media.',
      },
    ],
  },
  {
    id: 'lee-2016',
    citation:
      'Lee JL, Choudhry NK, Wu AW, Matlin OS, Brennan TA, Shrank WH. Patient use of email, Facebook, and physician websites to communicate with physicians: a national online survey of retail pharmacy users. J Gen Intern Med. 2016;31(1):45-51 (online 2015).',
    short: 'Lee et al., J Gen Intern Med 2016',
    year: 2016,
    facts: [
      { text: 'Online survey of 2,252 US retail-pharmacy customers (50.0% response).' },
      { text: 'In the past six months, 37% had contacted a physician by e-mail and 18% through Facebook.' },
    ],
  },
] as const satisfies readonly LiteratureSourceDefinition[];

export type LiteratureSourceId = (typeof LITERATURE)[number]['id'];

/** Every source the module cites: the Bosslet survey and the related literature. */
export type SourceId = 'bosslet-2011' | LiteratureSourceId;

/** The related literature, in the order of the curated list (guidance first, then surveys by topic). */
export const literatureSources: readonly Source[] = LITERATURE;
