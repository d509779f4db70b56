import { afterPoll, beforePoll } from '@/content/polls/stand';
import type { PollQuestion } from '@/content/polls/types';

/**
 * A learner's before/after attitude answers, shared with the educator only when the learner opts in. Keyed
 * by the study's item id (e.g. `ethics-social`); a value is the option the learner chose, or absent.
 */
export type SharedAttitudes = Record<string, { before?: string; after?: string }>;

/** The four attitude items, each with its before and after question. */
export const ATTITUDE_ITEMS: ReadonlyArray<{ item: string; before: PollQuestion; after: PollQuestion }> =
  afterPoll.questions.map((after) => {
    const before = beforePoll.questions.find((question) => question.item === after.item);
    if (!before || !after.item) throw new Error(`No before question for "${after.id}".`);
    return { item: after.item, before, after };
  });

const optionValues = (question: PollQuestion) => question.options.map((option) => option.value as string);

/** The learner's shared answers, read from progress's polls (question id → option value). */
export function attitudesFromPolls(polls: Readonly<Record<string, string>>): SharedAttitudes {
  const shared: SharedAttitudes = {};
  for (const { item, before, after } of ATTITUDE_ITEMS) {
    const entry: { before?: string; after?: string } = {};
    const b = polls[before.id];
    const a = polls[after.id];
    if (b !== undefined && optionValues(before).includes(b)) entry.before = b;
    if (a !== undefined && optionValues(after).includes(a)) entry.after = a;
    if (entry.before !== undefined || entry.after !== undefined) shared[item] = entry;
  }
  return shared;
}

export type AttitudesCheck = { ok: true; attitudes: SharedAttitudes } | { ok: false; message: string };

/** Checks shared attitudes sent to the server: known items, known options, nothing else. */
export function checkSharedAttitudes(value: unknown): AttitudesCheck {
  const bad = (message: string): AttitudesCheck => ({ ok: false, message: `attitudes: ${message}` });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('must be an object of item → { before, after }.');
  }
  const shared: SharedAttitudes = {};
  for (const [item, entry] of Object.entries(value)) {
    const known = ATTITUDE_ITEMS.find((candidate) => candidate.item === item);
    if (!known) return bad(`unknown item “${item}”.`);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return bad(`“${item}” must be an object with before and/or after.`);
    }
    const clean: { before?: string; after?: string } = {};
    for (const [when, answer] of Object.entries(entry as Record<string, unknown>)) {
      if (when !== 'before' && when !== 'after') return bad(`“${item}” has an unknown field “${when}”.`);
      if (typeof answer !== 'string' || !optionValues(known[when]).includes(answer)) {
        return bad(`“${item}” ${when}: not one of the item’s answers.`);
      }
      clean[when] = answer;
    }
    if (clean.before === undefined && clean.after === undefined) return bad(`“${item}” is empty.`);
    shared[item] = clean;
  }
  if (Object.keys(shared).length === 0) return bad('nothing to share.');
  return { ok: true, attitudes: shared };
}

const URN = 'urn:friend-request:attitudes:';

/**
 * The shared answers as a compact URN a credential's evidence can carry as its id, e.g.
 * `urn:friend-request:attitudes:ethics-social=not-acceptable>unsure;…` ('-' for an unanswered side).
 */
export function attitudesUrn(shared: SharedAttitudes): string {
  const parts = ATTITUDE_ITEMS.filter(({ item }) => shared[item]).map(
    ({ item }) => `${item}=${shared[item]!.before ?? '-'}>${shared[item]!.after ?? '-'}`,
  );
  return `${URN}${parts.join(';')}`;
}

/** Reads `attitudesUrn`'s output back; null when it is not one, or names unknown items or answers. */
export function attitudesFromUrn(urn: string): SharedAttitudes | null {
  if (!urn.startsWith(URN)) return null;
  const value: Record<string, Record<string, string>> = {};
  for (const part of urn.slice(URN.length).split(';')) {
    const match = /^([a-z-]+)=([a-z-]+)>([a-z-]+)$/.exec(part);
    if (!match) return null;
    const [, item, before, after] = match as unknown as [string, string, string, string];
    value[item] = {
      ...(before === '-' ? {} : { before }),
      ...(after === '-' ? {} : { after }),
    };
  }
  const checked = checkSharedAttitudes(value);
  return checked.ok ? checked.attitudes : null;
}

/** "Not acceptable" for an item's option value. */
export function attitudeLabel(item: string, value: string): string {
  const known = ATTITUDE_ITEMS.find((candidate) => candidate.item === item);
  return known?.after.options.find((option) => option.value === value)?.label ?? value;
}
