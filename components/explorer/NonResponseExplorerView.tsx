'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import {
  estimateWorking,
  formatComputedPct,
  populationEstimate,
  responseShareFromPct,
  roundComputed,
  worstCaseBounds,
} from '@/lib/stats/nonresponse';
import { hydrateApart } from '@/components/layout/HydrateApart';
import type { ExplorerGroup, LetterExample } from './explorer-data';
import { Assumed, Computed, ScaleRow } from './ScaleRow';

interface Props {
  topic: string;
  /** Completes "20% of non-respondents …". */
  trait: string;
  groups: readonly ExplorerGroup[];
  initialGroup: string;
  initialAssumed: number;
  letter?: LetterExample;
  citation: string;
}

const STEP_KEYS: Record<string, (value: number) => number> = {
  ArrowRight: (v) => v + 1,
  ArrowUp: (v) => v + 1,
  ArrowLeft: (v) => v - 1,
  ArrowDown: (v) => v - 1,
  PageUp: (v) => v + 10,
  PageDown: (v) => v - 10,
  Home: () => 0,
  End: () => 100,
};

const clampPct = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/**
 * "What if the non-respondents differ?": the learner sets the share among those who did not answer and
 * sees the share among everyone asked, with the worst cases either way. All arithmetic is lib/stats.
 */
function NonResponseExplorerViewInner({
  topic,
  trait,
  groups,
  initialGroup,
  initialAssumed,
  letter,
  citation,
}: Props) {
  const id = useId();
  const [groupId, setGroupId] = useState(initialGroup);
  const [assumed, setAssumed] = useState(clampPct(initialAssumed));
  const [usingLetter, setUsingLetter] = useState(false);

  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  if (!group) throw new Error('The non-response explorer needs at least one group.');
  const fromLetter = usingLetter && letter !== undefined && letter.group === group.id ? letter : undefined;
  const responseShare = fromLetter ? fromLetter.responseShare : responseShareFromPct(group.responseRatePct);
  const respondentsPct = fromLetter ? fromLetter.respondentsPct : group.respondentsPct;
  const scenario = { responseShare, respondentsPct, nonRespondentsPct: assumed };
  const estimate = populationEstimate(scenario);
  const bounds = worstCaseBounds(scenario);
  const gap = roundComputed(estimate - respondentsPct);
  const who = group.label.toLowerCase();

  const chooseGroup = (next: string) => {
    setGroupId(next);
    setUsingLetter(false);
  };
  const applyLetterExample = () => {
    if (!letter) return;
    setGroupId(letter.group);
    setAssumed(letter.nonRespondentsPct);
    setUsingLetter(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The same steps in every browser: arrows 1 point, Page Up/Down 10, Home/End the ends of the scale.
    const step = STEP_KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    setAssumed((value) => clampPct(step(value)));
  };

  return (
    <section className="block explorer" aria-labelledby={`${id}-title`}>
      <p className="block__label">Explore</p>
      <h3 className="block__title" id={`${id}-title`}>
        What if the people who did not answer differ?
      </h3>
      <p>
        {topic}. The survey reports the share among those who answered. Set how common it might be among those
        who did not, and see what that would mean for everyone who was asked.
      </p>

      <fieldset>
        <legend>Group</legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 0.5rem' }}>
          {groups.map((g) => (
            <label key={g.id} className="choice">
              <input
                type="radio"
                name={`${id}-group`}
                value={g.id}
                checked={g.id === group.id}
                onChange={() => chooseGroup(g.id)}
              />
              {g.label}
            </label>
          ))}
        </div>
      </fieldset>

      {fromLetter ? (
        <ul>
          <li>
            Respondents who {trait}: <strong>{fromLetter.respondentsText}</strong> in the letter, its rounding
            of the reported {group.respondentsText}.
          </li>
          <li>
            Share of those asked who answered: <strong>{fromLetter.responseShareText}</strong> in the letter,
            the overall response rate of {fromLetter.overallRateText} rather than this group’s own{' '}
            {group.responseRateText}.
          </li>
        </ul>
      ) : (
        <ul>
          <li>
            {group.label} who answered and {trait}: <strong>{group.respondentsText}</strong> (reported).
          </li>
          <li>
            Response rate: <strong>{group.responseRateText}</strong> (reported), so about{' '}
            {group.respondentsApproxText} of the {group.surveyedText} asked answered.
          </li>
        </ul>
      )}

      <label htmlFor={`${id}-assumed`} style={{ display: 'block', fontWeight: 600 }}>
        Non-respondents who {trait} (your assumption)
        {/* The slider's aria-valuetext says the value; here it is for the eye. */}
        <span aria-hidden="true">
          : <Assumed pct={assumed} />
        </span>
      </label>
      <input
        id={`${id}-assumed`}
        type="range"
        min={0}
        max={100}
        step={1}
        value={assumed}
        aria-valuetext={`${assumed}% of non-respondents ${trait}`}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setAssumed(clampPct(Number(event.target.value)))}
        onKeyDown={onKeyDown}
        style={{ width: '100%', accentColor: 'var(--accent)' }}
      />
      <p className="source" id={`${id}-hint`}>
        Nothing is known about the people who did not answer, so this is a what-if, not a finding. Arrow keys
        move by 1 point, Page Up and Page Down by 10.
      </p>

      <p>
        All {who} asked, if <Assumed pct={assumed} /> of non-respondents {trait} (computed):{' '}
        <strong>
          <output htmlFor={`${id}-assumed`} data-computed="">
            {formatComputedPct(estimate)}
          </output>
        </strong>
        . Working: {estimateWorking(scenario)}.{' '}
        {gap === 0
          ? 'That is the same as the figure among respondents.'
          : `That is ${Math.abs(gap).toFixed(1)} points ${gap < 0 ? 'below' : 'above'} the figure among respondents (computed).`}
      </p>
      <p>
        Worst cases (computed): from{' '}
        <strong>
          <Computed>{formatComputedPct(bounds.lower)}</Computed>
        </strong>{' '}
        if none of the non-respondents do, to{' '}
        <strong>
          <Computed>{formatComputedPct(bounds.upper)}</Computed>
        </strong>{' '}
        if all of them do. Without knowing the non-respondents, the survey cannot rule out any value in that
        range.
      </p>

      <ul className="comparison__rows">
        <ScaleRow
          label="Answered (reported)"
          valueText={fromLetter ? fromLetter.respondentsText : group.respondentsText}
          pct={respondentsPct}
        />
        <ScaleRow
          label="Did not answer (your assumption)"
          valueText={<Assumed pct={assumed} />}
          pct={assumed}
        />
        <ScaleRow
          label="Everyone asked (computed)"
          valueText={<Computed>{formatComputedPct(estimate)}</Computed>}
          pct={estimate}
          band={bounds}
        />
      </ul>
      <p className="source">
        Each bar runs from none to all. The shaded band on the last bar marks the worst cases, from{' '}
        <Computed>{formatComputedPct(bounds.lower)}</Computed> to{' '}
        <Computed>{formatComputedPct(bounds.upper)}</Computed>.
      </p>

      {letter && (
        <div className="actions">
          <button type="button" className="button button--quiet" onClick={applyLetterExample}>
            Use the letter’s example
          </button>
          {fromLetter && (
            <button type="button" className="button button--quiet" onClick={() => setUsingLetter(false)}>
              Use the study’s figures
            </button>
          )}
        </div>
      )}
      {fromLetter && (
        <p className="note">
          A published letter about the study worked this example with rounded inputs: respondents at{' '}
          {fromLetter.respondentsText} and a response share of {fromLetter.responseShareText}, with
          non-respondents supposed to use social networks at {fromLetter.nonRespondentsText}. It is a what-if,
          not a finding. With the study’s own figures for {who}, the same assumption gives a slightly
          different result: choose “Use the study’s figures” to see it.
        </p>
      )}

      <p className="source">
        Reported figures: {citation} (abstract); respondent counts are derived and approximate.
        {letter && <> Worked example: {letter.source}.</>} Estimates and worst cases are computed by this
        module.
      </p>
    </section>
  );
}

/** Hydrates apart from the lesson around it (see HydrateApart). */
export const NonResponseExplorerView = hydrateApart(NonResponseExplorerViewInner);
