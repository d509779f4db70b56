import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  figureList,
  figures,
  formatFigure,
  formatInterval,
  formatPercent,
  getSamplingInterval,
  getByGroupItem,
  getFigure,
  getItem,
  getSource,
  GROUP_IDS,
  groups,
  isFigureId,
  isItemId,
  isSourceId,
  ITEM_IDS,
  items,
  samplingIntervals,
  sourceList,
  sources,
  study,
  SURVEY_CAVEAT,
  wilsonInterval95,
  type FigureId,
} from '.';
import { marginOfError95 } from '@/lib/stats/margin';

const percent = z.number().min(0).max(100);
const decimals = z.number().int().min(0).max(4);
const nonEmpty = z.string().trim().min(1);
const groupId = z.enum(['MS', 'RP', 'PP']);

/** True when the value carries no more precision than its stated decimals. */
function decimalsFit(value: number, places: number): boolean {
  return Number(value.toFixed(places)) === value;
}

const groupSchema = z.strictObject({
  id: groupId,
  label: nonEmpty,
  shortLabel: nonEmpty,
  surveyed: z.number().int().positive(),
  responseRatePct: percent,
  respondentsApprox: z.number().int().positive(),
});

const byGroupItemSchema = z.strictObject({
  kind: z.literal('by-group'),
  id: z.enum(['osn-use', 'visited-patient-profile', 'friend-request-received']),
  topic: nonEmpty,
  abstractWording: nonEmpty,
  results: z.strictObject({ MS: percent, RP: percent, PP: percent }),
  decimals,
  unit: nonEmpty,
  provenance: nonEmpty.startsWith('abstract'),
});

const pooledItemSchema = z.strictObject({
  kind: z.literal('pooled'),
  id: z.enum(['ethics-social', 'ethics-patient-care', 'communication-outlook', 'confidentiality-concern']),
  topic: nonEmpty,
  abstractWording: nonEmpty,
  side: nonEmpty,
  sideKey: z.enum(['notAcceptable', 'pessimistic', 'concerned']),
  pct: percent,
  decimals,
  unit: nonEmpty,
  provenance: nonEmpty.startsWith('abstract'),
});

const itemSchema = z.discriminatedUnion('kind', [byGroupItemSchema, pooledItemSchema]);

const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'not a DOI');

const sourceSchema = z.strictObject({
  id: nonEmpty,
  citation: nonEmpty.min(40),
  short: nonEmpty.max(60),
  year: z.number().int().min(2000).max(2030).optional(),
  doi: doi.optional(),
  facts: z
    .array(
      z.strictObject({
        text: nonEmpty,
        secondary: z.literal(true).optional(),
        quotedFrom: nonEmpty.optional(),
      }),
    )
    .min(1),
  note: nonEmpty.optional(),
  caution: nonEmpty.optional(),
});

const figureSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+(\/[A-Za-z0-9-]+)?$/),
    value: z.number().finite().nonnegative(),
    unit: z.enum(['percent', 'count', 'ratio', 'usd']),
    decimals,
    label: nonEmpty.max(120),
    source: nonEmpty,
    provenance: z.enum(['reported', 'derived', 'secondary']),
    n: z.strictObject({ value: z.number().int().positive(), approx: z.boolean() }).optional(),
    count: z.number().int().nonnegative().optional(),
    group: nonEmpty.optional(),
    note: nonEmpty.optional(),
  })
  .refine((f) => f.unit !== 'percent' || f.value <= 100, 'a percentage above 100')
  .refine(
    (f) => (f.unit !== 'count' && f.unit !== 'usd') || (Number.isInteger(f.value) && f.decimals === 0),
    'a count or a dollar amount with decimals',
  )
  .refine((f) => f.unit !== 'ratio' || f.value <= 1, 'a ratio above 1')
  .refine((f) => decimalsFit(f.value, f.decimals), 'more precision than its decimals')
  .refine(
    (f) => f.count === undefined || f.n === undefined || f.count <= f.n.value,
    'a count above its base',
  );

describe('groups', () => {
  it.each(GROUP_IDS)('group %s is well-formed and keyed by its own id', (id) => {
    expect(groupSchema.parse(groups[id]).id).toBe(id);
  });

  it.each(GROUP_IDS)('the approximate respondents of %s equal round(rate × 1004)', (id) => {
    const group = groups[id];
    expect(group.surveyed).toBe(1004);
    expect(group.respondentsApprox).toBe(Math.round((group.responseRatePct / 100) * 1004));
  });

  it('keeps the abstract’s response rates: MS 19.8%, RP 14.3%, PP 14.1%, overall 16.0%', () => {
    expect(GROUP_IDS.map((id) => groups[id].responseRatePct)).toEqual([19.8, 14.3, 14.1]);
    expect(study.overall.responseRatePct).toBe(16.0);
    expect(GROUP_IDS.map((id) => groups[id].respondentsApprox)).toEqual([199, 144, 142]);
  });

  it('puts the derived overall count inside the range that a 16.0% response allows', () => {
    const [low, high] = study.overall.respondentsApproxRange;
    expect(study.overall.surveyed).toBe(3012);
    expect(study.overall.respondentsApprox).toBeGreaterThanOrEqual(low);
    expect(study.overall.respondentsApprox).toBeLessThanOrEqual(high);
  });
});

describe('items', () => {
  it('holds exactly the seven items of the abstract, each under its own id', () => {
    expect(Object.keys(items).sort()).toEqual([...ITEM_IDS].sort());
    expect(ITEM_IDS).toHaveLength(7);
    for (const id of ITEM_IDS) expect(items[id].id).toBe(id);
  });

  it.each(ITEM_IDS)('item %s is well-formed, with values that fit its decimals', (id) => {
    const item = itemSchema.parse(items[id]);
    const values = item.kind === 'by-group' ? Object.values(item.results) : [item.pct];
    for (const value of values) expect(decimalsFit(value, item.decimals)).toBe(true);
  });

  it('gives every by-group item a figure for all three groups, and only those', () => {
    const byGroup = ITEM_IDS.map((id) => items[id]).filter((item) => item.kind === 'by-group');
    expect(byGroup.map((item) => item.id)).toEqual([
      'osn-use',
      'visited-patient-profile',
      'friend-request-received',
    ]);
    for (const item of byGroup) expect(Object.keys(item.results).sort()).toEqual([...GROUP_IDS].sort());
  });

  it('keeps the reported precision: 79 without a decimal, 68.0 with one', () => {
    expect(getItem('confidentiality-concern')).toMatchObject({ pct: 79, decimals: 0 });
    expect(getItem('ethics-patient-care')).toMatchObject({ pct: 68, decimals: 1 });
    expect(formatPercent(68.0, getItem('ethics-patient-care').decimals)).toBe('68.0%');
  });
});

describe('sources', () => {
  it.each(sourceList.map((s) => [s.id, s] as const))('source %s is well-formed', (id, source) => {
    expect(sourceSchema.parse(source).id).toBe(id);
    expect(sources[id as keyof typeof sources]).toBe(source);
  });

  it('lists the survey, every source of the curated literature and the letter on the survey, each once', () => {
    const expected = [
      'bosslet-2011',
      'ama-2010',
      'fsmb-2012',
      'acp-fsmb-2013',
      'chretien-2009',
      'thompson-2008',
      'black-2010',
      'moubarak-2011',
      'greysen-2012',
      'pew-2010',
      'brown-2014',
      'lee-2016',
      'ama-code-2-3-2',
      'ama-code-product-promotion',
      'fsmb-2019',
      'lee-snyder-sulmasy-2020',
      'hhs-ocr-online-reviews',
      'gmc-2013',
      'ginory-2012',
      'letter-pmc3304029',
    ];
    expect(sourceList.map((s) => s.id)).toEqual(expected);
    expect(Object.keys(sources).sort()).toEqual([...expected].sort());
  });

  it('gives the survey its DOI and warns that it is a survey, not a trial', () => {
    const bosslet = getSource('bosslet-2011');
    expect(bosslet.doi).toBe('10.1007/s11606-011-1761-2');
    expect(bosslet.citation).toContain('J Gen Intern Med. 2011;26(10):1168–1174');
    expect(bosslet.caution).toMatch(/survey; do not call it a trial/);
    expect(study.design.type).toBe('random, stratified mail survey');
  });

  it('marks second-hand facts with a flag rather than a text prefix', () => {
    const facts = sourceList.flatMap((s) => s.facts);
    expect(facts.some((f) => /^secondary:/i.test(f.text))).toBe(false);
    const secondary = sourceList.filter((s) => s.facts.some((f) => f.secondary)).map((s) => s.id);
    expect(secondary).toEqual([
      'acp-fsmb-2013',
      'moubarak-2011',
      'greysen-2012',
      'ama-code-2-3-2',
      'hhs-ocr-online-reviews',
      'gmc-2013',
    ]);
  });
});

describe('quotations', () => {
  it('marks the abstract’s conclusions, and only them, as the survey’s own words', () => {
    const quoted = sourceList.flatMap((s) =>
      s.facts.filter((f) => f.quotedFrom).map((f) => [s.id, f] as const),
    );
    expect(quoted.map(([id, f]) => [id, f.text])).toEqual(
      study.qualitativeFindings.map((q) => ['bosslet-2011', q.finding]),
    );
    for (const [, fact] of quoted) expect(fact.quotedFrom).toBe('abstract, conclusions');
  });
});

describe('figures', () => {
  it.each(figureList.map((f) => [f.id, f] as const))('figure %s is well-formed', (id, figure) => {
    expect(figureSchema.parse(figure).id).toBe(id);
  });

  it('has unique ids, and the registry holds every figure of the list', () => {
    expect(new Set(figureList.map((f) => f.id)).size).toBe(figureList.length);
    expect(Object.keys(figures)).toHaveLength(figureList.length);
  });

  it('cites only sources that exist', () => {
    const unknown = figureList.filter((f) => !isSourceId(f.source)).map((f) => f.id);
    expect(unknown).toEqual([]);
  });

  it('marks every approximate respondent count and every computed Bosslet figure as derived', () => {
    for (const id of GROUP_IDS) expect(getFigure(`bosslet/respondents/${id}`).provenance).toBe('derived');
    const computed: FigureId[] = [
      'bosslet/surveyed/overall',
      'bosslet/respondents/overall',
      'bosslet/respondents/sum-of-groups',
      'bosslet/response-rate/sum-of-groups',
      'bosslet/ethics-social/remainder',
      'bosslet/ethics-patient-care/remainder',
      'bosslet/communication-outlook/remainder',
      'bosslet/confidentiality-concern/remainder',
    ];
    for (const id of computed) expect(figures[id].provenance).toBe('derived');
  });

  it('gives every derived or second-hand figure a note that says so', () => {
    const silent = figureList.filter((f) => f.provenance !== 'reported' && !f.note).map((f) => f.id);
    expect(silent).toEqual([]);
  });

  it('bases every Bosslet percentage of respondents on an approximate count', () => {
    const behaviour = figureList.filter((f) => f.source === 'bosslet-2011' && f.unit === 'percent' && f.n);
    for (const f of behaviour.filter((f) => !f.id.startsWith('bosslet/response-rate/'))) {
      expect(f.n?.approx, f.id).toBe(true);
    }
  });

  it('agrees with the items on every by-group value and its decimals', () => {
    for (const id of ['osn-use', 'visited-patient-profile', 'friend-request-received'] as const) {
      const item = getByGroupItem(id);
      for (const group of GROUP_IDS) {
        const figure = getFigure(`bosslet/${id}/${group}`);
        expect([figure.value, figure.decimals], `${id}/${group}`).toEqual([
          item.results[group],
          item.decimals,
        ]);
        expect(figure.n).toEqual({ value: groups[group].respondentsApprox, approx: true });
      }
    }
  });

  it('agrees with the items on every pooled value, and the remainder makes 100%', () => {
    const sides = {
      'ethics-social': 'not-acceptable',
      'ethics-patient-care': 'not-acceptable',
      'communication-outlook': 'pessimistic',
      'confidentiality-concern': 'concerned',
    } as const;
    for (const [id, side] of Object.entries(sides)) {
      const item = getItem(id);
      if (item.kind !== 'pooled') throw new Error(`${id} should be pooled`);
      const reported = getFigure(`bosslet/${id}/${side}`);
      const remainder = getFigure(`bosslet/${id}/remainder`);
      expect(reported.value).toBe(item.pct);
      expect(reported.decimals).toBe(item.decimals);
      expect(Number((reported.value + remainder.value).toFixed(item.decimals))).toBe(100);
    }
  });

  it('keeps the response-rate figures equal to the groups’ rates', () => {
    for (const id of GROUP_IDS)
      expect(getFigure(`bosslet/response-rate/${id}`).value).toBe(groups[id].responseRatePct);
    expect(getFigure('bosslet/response-rate/overall')).toMatchObject({ value: 16, decimals: 1 });
  });

  it('carries the literature’s key figures: Moubarak 85 / 15 / 0 and Pew 86% of 18–29', () => {
    expect(getFigure('moubarak-2011/request-decline').value).toBe(85);
    expect(getFigure('moubarak-2011/request-case-by-case').value).toBe(15);
    expect(getFigure('moubarak-2011/request-accept').value).toBe(0);
    expect(getFigure('pew-2010/18-29').value).toBe(86);
    expect(getFigure('brown-2014/participation')).toMatchObject({ value: 12.47, decimals: 2, count: 187 });
  });

  it('has a figure for every percentage printed in the literature’s facts', () => {
    for (const source of sourceList.filter((s) => s.id !== 'bosslet-2011')) {
      const printed = source.facts.flatMap((f) =>
        [...f.text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1])),
      );
      // A ratio figure (0.16) stands for the percentage its source prints (16%).
      const known = new Set(
        figureList
          .filter((f) => f.source === source.id)
          .flatMap((f) => (f.unit === 'ratio' ? [f.value, Number((f.value * 100).toFixed(6))] : [f.value])),
      );
      const missing = printed.filter((value) => !known.has(value));
      expect(missing, source.id).toEqual([]);
    }
  });
});

describe('the published critique', () => {
  it('computes its worked example: 0.16 × 40 + 0.84 × 20 = 23.2', () => {
    const example = study.publishedCritique.workedExample;
    expect(example.respondentShare + example.nonRespondentShare).toBeCloseTo(1, 10);
    const estimate =
      example.respondentShare * example.respondentsUsePct +
      example.nonRespondentShare * example.nonRespondentsUsePct;
    expect(Number(estimate.toFixed(1))).toBe(23.2);
    expect(example.resultPct).toBe(23.2);
    expect(getFigure('bosslet/critique/population-estimate').value).toBe(23.2);
  });
});

describe('look-ups', () => {
  it('throws for an unknown item and names it', () => {
    expect(() => getItem('nope')).toThrow('Unknown study item "nope"');
  });

  it('throws when asking an attitude item for its groups', () => {
    expect(() => getByGroupItem('ethics-social')).toThrow(/ethics-social/);
    expect(() => getByGroupItem('nope')).toThrow('Unknown study item "nope"');
  });

  it('throws for an unknown source or figure and names it', () => {
    expect(() => getSource('smith-1999')).toThrow('"smith-1999"');
    expect(() => getFigure('bosslet/osn-use/XX')).toThrow('"bosslet/osn-use/XX"');
  });

  it('does not mistake inherited object keys for ids', () => {
    for (const guard of [isItemId, isSourceId, isFigureId]) {
      expect(guard('toString')).toBe(false);
      expect(guard('__proto__')).toBe(false);
    }
  });
});

describe('formatting', () => {
  it.each([
    [34.5, 1, '34.5%'],
    [79, 0, '79%'],
    [0, 0, '0%'],
    [68, 1, '68.0%'],
    [12.47, 2, '12.47%'],
    [-0.01, 1, '0.0%'],
  ])('formats %d with %d decimals as %s', (value, places, text) => {
    expect(formatPercent(value, places)).toBe(text);
  });

  it('rejects decimals that are not a small whole number', () => {
    expect(() => formatPercent(10, 1.5)).toThrow(RangeError);
    expect(() => formatPercent(10, -1)).toThrow(RangeError);
  });

  it('formats counts with a thousands separator and ratios with their decimals', () => {
    expect(formatFigure(getFigure('lee-2016/respondents'))).toBe('2,252');
    expect(formatFigure(getFigure('bosslet/critique/respondent-share'))).toBe('0.16');
    expect(formatFigure(getFigure('bosslet/ethics-patient-care/not-acceptable'))).toBe('68.0%');
  });

  it('states the caveat in one sentence naming the year, the mail survey and the 16% response', () => {
    expect(SURVEY_CAVEAT).toMatch(/2010/);
    expect(SURVEY_CAVEAT).toMatch(/mail survey/);
    expect(SURVEY_CAVEAT).toContain(formatFigure(getFigure('bosslet/response-rate/overall')));
    expect(SURVEY_CAVEAT.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});

/** The lessons' MDX, read as text, so that the corrections below also hold in the prose. */
const lessonsDir = path.join(__dirname, '..', 'lessons');
const lessonTexts = readdirSync(lessonsDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(path.join(lessonsDir, file), 'utf8') }));

/** The lessons' sentences (split on sentence ends and blank lines), with the file each comes from. */
const lessonSentences = lessonTexts.flatMap(({ file, text }) =>
  text.split(/(?<=[.!?])\s+|\n\s*\n/).map((sentence) => ({ file, sentence })),
);

/** Every string held in the typed study data (study, sources, figures), for phrases that must not recur. */
function studyStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([study, sourceList, figureList]);
  return out;
}

describe('corrections carried from the curated data', () => {
  it('calls Greysen’s 65% a share of boards (31 of 48), never a share of reports or the most common source', () => {
    const figure = getFigure('greysen-2012/reports-from-patients');
    expect(figure).toMatchObject({ value: 65, count: 31, n: { value: 48, approx: false } });
    expect(figure.label).toMatch(/boards/i);
    expect(`${figure.label} ${figure.note}`).not.toMatch(/most (common|often)/i);
    const fact = getSource('greysen-2012').facts.find((f) => f.text.startsWith('65%'));
    expect(fact?.text).toMatch(/BOARDS/);
    expect(fact?.text).toMatch(/does not rank/);
    expect(getSource('greysen-2012').caution).toMatch(/not a share of reports/);
    const inLessons = lessonSentences.filter(({ sentence }) =>
      sentence.includes('greysen-2012/reports-from-patients'),
    );
    expect(inLessons.length).toBeGreaterThan(0);
    for (const { file, sentence } of inLessons) {
      expect(sentence, file).toMatch(/boards/);
      expect(sentence, file).not.toMatch(/most (common|often)/i);
    }
    const ranked = lessonSentences.filter(({ sentence }) =>
      /most (common|often)[^.]*patients or (their )?famil|patients (and|or) (their )?families[^.]*most (common|often)/i.test(
        sentence,
      ),
    );
    expect(ranked).toEqual([]);
  });

  it('prints every reported literature percentage in a fact of its own source (none filed under the wrong source)', () => {
    // The one percentage a source gives in words: Moubarak's "none would automatically accept".
    const inWords = new Set<FigureId>(['moubarak-2011/request-accept']);
    for (const figure of figureList) {
      if (figure.unit !== 'percent' || figure.provenance === 'derived' || figure.source === 'bosslet-2011')
        continue;
      if (inWords.has(figure.id)) continue;
      const printed = getSource(figure.source).facts.flatMap((f) =>
        [...f.text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1])),
      );
      expect(printed, figure.id).toContain(figure.value);
    }
  });

  it('takes every reported survey figure from the survey’s own data, and files the letter’s example under the letter', () => {
    const surveyValues = new Set<number>([
      study.overall.responseRatePct,
      ...GROUP_IDS.flatMap((g) => [groups[g].responseRatePct, groups[g].surveyed]),
      ...ITEM_IDS.flatMap((id) => {
        const item = items[id];
        return item.kind === 'by-group' ? Object.values(item.results) : [item.pct];
      }),
    ]);
    const strays = figureList
      .filter((f) => f.source === 'bosslet-2011' && f.provenance === 'reported' && !surveyValues.has(f.value))
      .map((f) => f.id);
    expect(strays).toEqual([]);
    const critique = figureList.filter((f) => f.id.startsWith('bosslet/critique/'));
    expect(critique.length).toBeGreaterThan(0);
    for (const f of critique) expect(f.source, f.id).toBe(study.publishedCritique.sourceId);
    expect(getSource(study.publishedCritique.sourceId).citation).toContain(study.publishedCritique.pmcid);
    expect(getSource(study.publishedCritique.sourceId).caution).toMatch(/authors .*not confirmed/);
  });

  it('never says the survey asked about requests "ever" received: its wording is unknown', () => {
    const hits = [...studyStrings(), ...lessonSentences.map((s) => s.sentence)].filter((text) =>
      /\bever (received|been sent|had)\b|had ever received/i.test(text),
    );
    expect(hits).toEqual([]);
  });

  it('never says the survey did not report what respondents did with requests: it measured acceptance', () => {
    expect(study.measuredButNotAvailable.join(' ')).toMatch(/whether they were accepted/);
    const hits = lessonSentences.filter(({ sentence }) =>
      /did not (report|ask|measure) (what|whether) (respondents|they|anyone) did/i.test(sentence),
    );
    expect(hits).toEqual([]);
  });

  it('sets no lesson objective to describe how often requests came: the frequency is not available', () => {
    for (const { file, text } of lessonTexts) {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      expect(frontmatter, file).not.toMatch(/how often/i);
    }
  });

  it('sets practicing physicians’ figures beside their own response rate, not only the overall one', () => {
    for (const { file, text } of lessonTexts) {
      for (const section of text.split(/\n## /)) {
        const ppBehaviour = /bosslet\/(osn-use|visited-patient-profile|friend-request-received)\/PP"/.test(
          section,
        );
        const overall = section.includes('bosslet/response-rate/overall');
        if (ppBehaviour && overall) {
          expect(section, `${file}: ${section.slice(0, 40)}`).toContain('bosslet/response-rate/PP');
        }
      }
    }
  });

  it('counts the privacy-settings studies as two profile searches and one questionnaire', () => {
    expect(getSource('moubarak-2011').facts[0]?.text).toMatch(/^Questionnaire/);
    const hits = lessonSentences.filter(({ sentence }) => /three studies (looked|searched)/i.test(sentence));
    expect(hits).toEqual([]);
  });

  it('claims for the ACP–FSMB 2013 statement no more than its caution confirms', () => {
    const acp = getSource('acp-fsmb-2013');
    expect(acp.caution).toMatch(/NOT confirmed/);
    for (const fact of acp.facts) {
      expect(fact.text, 'portals and record-keeping are not confirmed').not.toMatch(
        /portal|record|document/i,
      );
      if (/consent|friend|text messaging|protected server/i.test(fact.text)) {
        expect(fact.secondary, fact.text).toBe(true);
      }
    }
    for (const { file, text } of lessonTexts) {
      expect(text, file).not.toMatch(/never a social-network message/i);
      const acpBlocks = text.match(/<Evidence source="acp-fsmb-2013"[\s\S]*?<\/Evidence>/g) ?? [];
      const acpItems = (text.match(/\{[^{}]*sources: \[[^\]]*'acp-fsmb-2013'[^\]]*\][^{}]*\}/g) ?? []).join(
        ' ',
      );
      for (const block of [...acpBlocks, acpItems]) expect(block, file).not.toMatch(/portal/i);
    }
  });

  it('keeps the cautions of the curated sources, for the module to show', () => {
    const cautions: Record<string, RegExp> = {
      'acp-fsmb-2013': /secure, professional channels/,
      'greysen-2012': /led to/,
      'ama-code-2-3-2': /do not print one/,
      'ama-code-product-promotion': /title only/,
      'fsmb-2019': /nothing about what it recommends/,
      'gmc-2013': /attribute it to the 2013 guidance/,
      'ginory-2012': /no response rate can be computed/,
    };
    for (const [id, phrase] of Object.entries(cautions)) expect(getSource(id).caution, id).toMatch(phrase);
  });

  it('names the OCR cases with their amounts, and marks the two seen only second-hand', () => {
    const ocr = figureList.filter((f) => f.source === 'hhs-ocr-online-reviews');
    expect(ocr.map((f) => [formatFigure(f), f.provenance])).toEqual([
      ['$10,000', 'reported'],
      ['$23,000', 'reported'],
      ['$30,000', 'secondary'],
      ['$50,000', 'secondary'],
    ]);
    const facts = getSource('hhs-ocr-online-reviews').facts;
    for (const f of ocr) {
      const fact = facts.find((x) => x.text.includes(formatFigure(f)));
      expect(fact, f.id).toBeDefined();
      expect(Boolean(fact?.secondary), f.id).toBe(f.provenance === 'secondary');
    }
  });
});

describe('sampling intervals', () => {
  it('gives one to every reported share of the survey, by group and pooled', () => {
    expect(samplingIntervals).toHaveLength(3 * GROUP_IDS.length + 4);
    for (const interval of samplingIntervals) {
      expect(interval.n).toBe(getFigure(interval.figure).n?.value);
      expect(interval.provenance).toBe('derived');
      expect(interval.note).toMatch(/^Computed by the module/);
    }
  });

  it('never leaves 0–100%, and always holds the reported share', () => {
    for (const { figure, value, low, high } of samplingIntervals) {
      expect(low, figure).toBeGreaterThanOrEqual(0);
      expect(high, figure).toBeLessThanOrEqual(100);
      expect(low, figure).toBeLessThanOrEqual(value);
      expect(high, figure).toBeGreaterThanOrEqual(value);
    }
  });

  it('stays above zero for the students’ 1.2%, where "± about 2 points" would run below it', () => {
    const figure = getFigure('bosslet/friend-request-received/MS');
    const n = groups.MS.respondentsApprox;
    expect(figure.value - Math.round(marginOfError95(figure.value, n))).toBeLessThan(0);
    const interval = getSamplingInterval(figure.id);
    expect(interval.low).toBeGreaterThan(0);
    expect(interval.high - figure.value).toBeGreaterThan(figure.value - interval.low);
    expect(formatInterval(interval)).toMatch(/^\d+\.\d% to \d+\.\d% \(computed, approximate\)$/);
  });

  it('matches the Wilson formula on a worked case: 50% of 100 is about 40.4% to 59.6%', () => {
    const { low, high } = wilsonInterval95(50, 100);
    expect(low).toBeCloseTo(40.38, 2);
    expect(high).toBeCloseTo(59.62, 2);
    expect(wilsonInterval95(0, 10).low).toBe(0);
    expect(wilsonInterval95(100, 10).high).toBe(100);
  });

  it('throws for a figure that is not one of the survey’s shares', () => {
    expect(() => getSamplingInterval('pew-2010/18-29')).toThrow('"pew-2010/18-29"');
  });
});
