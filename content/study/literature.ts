/**
 * Sources other than the Bosslet survey: policies and other surveys that the lessons use for context and
 * guidance. Carried over, fact by fact, from the project's curated list of related literature (the project
 * never reads that list at run time), plus the published letter on the survey, which the curated study data
 * carries as its critique. A fact seen only in a secondary source (a news summary, or another body quoting
 * the source) is marked `secondary: true`; show it as such. A source's `caution` says what the curated list
 * could not confirm: a lesson must not claim more.
 */

export interface SourceFact {
  text: string;
  /**
   * Seen only in a secondary source (a news summary of the source, or another body quoting it), not in the
   * source itself. Say so wherever the fact is used.
   */
  secondary?: boolean;
  /**
   * The source's own words, not the module's: where in the source they stand (e.g. "abstract, conclusions").
   * Wherever the text is shown or exported, mark it as a quotation of that source.
   */
  quotedFrom?: string;
}

export interface Source {
  id: SourceId;
  /** Full reference, as it appears in the module's reference list. */
  citation: string;
  /** Short form for a citation line beside a figure, e.g. "Moubarak et al., J Med Ethics 2011". */
  short: string;
  /** The year of the source, when a single one is confirmed (left out for a code opinion or a series). */
  year?: number;
  doi?: string;
  facts: readonly SourceFact[];
  /** Context the reader needs to use the source fairly. */
  note?: string;
  /**
   * A known misreading of the source, or what could not be confirmed in it: the limit of what the module may
   * say. Shown with the source on the data page, and checked by the content tests.
   */
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
      'Farnan JM, Snyder Sulmasy L, Worster BK, Chaudhry HJ, Rhyne JA, Arora VM. Online Medical Professionalism: Patient and Public Relationships. Policy statement from the American College of Physicians and the Federation of State Medical Boards. Ann Intern Med. 2013;158(8):620-627 (online 11 Apr 2013).',
    short: 'Farnan et al. (ACP and FSMB), Ann Intern Med 2013',
    year: 2013,
    doi: '10.7326/0003-4819-158-8-201304160-00100',
    facts: [
      {
        text: 'Sets out five positions, among them applying the ethics of the patient–physician relationship online as offline, keeping professional and social spheres apart online, and how to communicate online with patients.',
      },
      {
        text: "Advises against including patients in a physician's personal and social life online; its table of dos and don'ts says not to 'friend' or contact patients through personal social media.",
        secondary: true,
      },
      {
        text: "E-mail or other electronic communication with a patient only within an established patient–physician relationship and with the patient's consent.",
        secondary: true,
      },
      {
        text: "Text messaging with patients only with extreme caution and the patient's consent; professional e-mail on a protected server rather than personal accounts.",
        secondary: true,
      },
      {
        text: 'Recommends periodically checking what is online about oneself, and weighing the lasting effects of what one posts.',
      },
    ],
    caution:
      "The full text could not be read; the positions on consent, established relationships, texting and protected e-mail come from secondary sources quoting the paper. It is NOT confirmed that the paper requires documenting exchanges in the record, nor that it names patient portals; say 'secure, professional channels' at most, and never 'never a social-network message' as the paper's own rule.",
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
      {
        text: '65% (31/48) of the boards said incidents had been reported to them by patients or their families; the letter adds that reports by other physicians were common. This is a share of BOARDS, not of reports, and the letter does not rank the sources.',
      },
      {
        text: '71% of the responding boards had held disciplinary proceedings over such violations, and 56% had imposed serious outcomes (license restriction, suspension or revocation).',
        secondary: true,
      },
    ],
    caution:
      "Some summaries say the 92% 'led to' serious action; the letter reports only that violations were reported. The 65% counts boards that had received at least one report from patients or families; it is not a share of reports, and the letter does not say that patients or families were the most common source.",
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
  {
    id: 'ama-code-2-3-2',
    citation:
      'American Medical Association. Code of Medical Ethics, Opinion 2.3.2: Professionalism in the Use of Social Media (from CEJA Report 8-I-10, adopted November 2010).',
    short: 'AMA Code of Medical Ethics, Opinion 2.3.2',
    facts: [
      {
        text: "The AMA's 2010 social-media policy lives on as Opinion 2.3.2 of the AMA Code of Medical Ethics.",
      },
      {
        text: 'The AMA summarises it as keeping to standards of patient privacy and confidentiality and maintaining appropriate professional boundaries online.',
      },
      {
        text: 'Physicians must not post identifiable patient information online (the 2010 policy as reproduced).',
        secondary: true,
      },
    ],
    caution:
      'The date on which the text became Opinion 2.3.2 (probably the 2016 reorganisation of the Code) was not confirmed: do not print one.',
  },
  {
    id: 'ama-code-product-promotion',
    citation:
      "American Medical Association. Code of Medical Ethics: Physicians' Use of Social Media for Product Promotion and Compensation (opinion number and date not confirmed).",
    short: 'AMA Code of Medical Ethics, opinion on product promotion',
    facts: [
      {
        text: 'Holds that physicians cannot realistically keep their personal and professional personas entirely apart online.',
      },
      {
        text: 'Asks physicians to disclose publicly any financial interest behind what they post, paid partnerships and corporate sponsorships included.',
      },
    ],
    caution: 'Cite by title only; number and year were not confirmed.',
  },
  {
    id: 'fsmb-2019',
    citation:
      'Federation of State Medical Boards. Social Media and Electronic Communications: Report and Recommendations of the FSMB Ethics and Professionalism Committee. Adopted as policy April 2019.',
    short: 'Federation of State Medical Boards, 2019',
    year: 2019,
    facts: [
      {
        text: 'Adopted as FSMB policy in April 2019, replacing the 2012 model guidelines after a charge given in April 2018.',
      },
      {
        text: 'Its scope covers blogs, Twitter, websites, e-mail and the patient portals of electronic health records, not only social networks.',
      },
      {
        text: "Its background cites US adults' social-media use rising from 5% in 2005 to nearly 70% at the start of 2018.",
      },
    ],
    caution:
      'Only the report’s opening pages could be read. Its recommendations themselves (friending, online reviews, electronic messages, conflicts of interest) were NOT verified: say that the 2019 policy replaced the 2012 one and widened its scope, and nothing about what it recommends.',
  },
  {
    id: 'lee-snyder-sulmasy-2020',
    citation:
      'Lee WW, Snyder Sulmasy L. American College of Physicians Ethical Guidance for Electronic Patient-Physician Communication: Aligning Expectations. J Gen Intern Med. 2020;35(9):2715-2720. PMC7459080.',
    short: 'Lee and Snyder Sulmasy (ACP), J Gen Intern Med 2020',
    year: 2020,
    facts: [
      {
        text: 'An ACP position paper on electronic communication with patients: e-mail, patient portals, texting and messaging applications.',
      },
      {
        text: 'About two-thirds of US office-based physicians used electronic health records with patient-portal capabilities as of 2015.',
      },
    ],
  },
  {
    id: 'hhs-ocr-online-reviews',
    citation:
      'US Department of Health and Human Services, Office for Civil Rights. HIPAA enforcement actions against providers who disclosed patient information when replying to online reviews (press releases 2019–2023).',
    short: 'HHS Office for Civil Rights, HIPAA enforcement, 2019–2023',
    facts: [
      {
        text: "Elite Dental Associates (Dallas), announced 2 Oct 2019: $10,000 and a two-year corrective action plan, for a reply to a review that disclosed a patient's last name and health condition.",
      },
      {
        text: "New Vision Dental (California), 14 Dec 2022: $23,000 and a corrective action plan, for replies to Yelp reviews that disclosed patients' names, treatment and insurance details. OCR's message: providers cannot disclose patients' health information when responding to negative online reviews.",
      },
      {
        text: "Manasa Health Center (New Jersey psychiatric practice), June 2023: $30,000, for replies to Google reviews that disclosed four patients' information.",
        secondary: true,
      },
      {
        text: 'A North Carolina dental practice (Dr. U. Phillip Igbinadolor, DMD & Associates) was given a $50,000 civil money penalty (decision of June 2021, published March 2022) for a reply to a Google review that named the patient.',
        secondary: true,
      },
    ],
    note: 'Real cases: name them as OCR did. They show that replying to a review is a disclosure like any other.',
  },
  {
    id: 'gmc-2013',
    citation:
      "General Medical Council (UK). Doctors' use of social media. Published 25 March 2013, in effect from 22 April 2013; superseded by Good medical practice 2024 and its supporting guidance (in effect 30 January 2024).",
    short: 'General Medical Council (UK), 2013 and 2024',
    year: 2013,
    facts: [
      {
        text: 'The standards expected of doctors do not change when they communicate through social media.',
      },
      {
        text: 'A patient who contacts a doctor through a private profile should be told that social and professional relationships cannot be mixed, and directed to a professional profile (as quoted by the Medical Defence Union).',
        secondary: true,
      },
      {
        text: 'Social media cannot guarantee confidentiality, whatever the privacy settings (as quoted by the Medical Defence Union).',
        secondary: true,
      },
      {
        text: "Good medical practice 2024 and its refreshed guidance came into effect on 30 January 2024; the 2024 social-media guidance ties social media to the GMC's guidance on personal and professional boundaries.",
      },
    ],
    caution:
      "Whether the 2024 text keeps the 2013 'direct them to your professional profile' wording was not verified: attribute it to the 2013 guidance.",
  },
  {
    id: 'ginory-2012',
    citation:
      'Ginory A, Mayol Sabatier L, Eth S. Addressing therapeutic boundaries in social networking. Psychiatry. 2012;75(1):40-48.',
    short: 'Ginory et al., Psychiatry 2012',
    year: 2012,
    facts: [
      { text: 'US psychiatry residents recruited through a national listserv; 182 answered.' },
      { text: "9.7% had received a friend request from a patient; 18.7% had viewed a patient's profile." },
    ],
    caution:
      'Recruited through a listserv: no response rate can be computed, so the sample may be far from representative.',
  },
  {
    id: 'letter-pmc3304029',
    citation:
      'Letter to the editors on Bosslet et al., "The Patient–Doctor Relationship and Online Social Networks". J Gen Intern Med. PubMed Central PMC3304029 (authors not confirmed).',
    short: 'Letter on Bosslet et al., J Gen Intern Med (PMC3304029)',
    facts: [
      {
        text: 'With a 16% response rate and nothing known about non-respondents, population estimates such as OSN use may be badly biased.',
      },
      {
        text: 'Worked example given in the letter: if the non-responding practicing physicians used OSNs at 20% rather than about 40%, the population estimate would be 0.16 x 40 + 0.84 x 20 = 23.2%, about half the reported figure.',
      },
      {
        text: "Results were not weighted for non-response or for the strata's different selection probabilities.",
      },
      {
        text: 'Women physicians were reportedly over-represented among respondents; gender is associated with specialty and age, which may relate to OSN use.',
      },
    ],
    note: 'The survey’s published critique. Its worked example is the letter’s hypothetical, not a finding of the survey. The authors’ reply was not consulted.',
    caution:
      'The letter’s authors and year were not confirmed: cite it as a letter on the survey, by its PubMed Central number, never as part of the survey itself.',
  },
] as const satisfies readonly LiteratureSourceDefinition[];

export type LiteratureSourceId = (typeof LITERATURE)[number]['id'];

/** Every source the module cites: the Bosslet survey and the related literature. */
export type SourceId = 'bosslet-2011' | LiteratureSourceId;

/**
 * The related literature, in the order of the curated list (guidance first, then surveys by topic; then the
 * guidance since 2013 and the later residents' survey, as the list added them), and last the letter on the
 * survey.
 */
export const literatureSources: readonly Source[] = LITERATURE;
