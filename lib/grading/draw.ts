/*
 * The final check's forms. The bank is a list of slots, each holding parallel items on one objective; a
 * form asks one item of every slot that counts. The browser draws a form for each attempt; the server
 * accepts only a set of answered items that a draw could have served, then grades exactly those.
 */

export interface BankSlot<Q extends { id: string }> {
  id: string;
  items: readonly Q[];
}

/** Items the learner has already met, to leave out of a new form where the slot has others. */
export interface SeenItems {
  /** Met before (e.g. in the pre-check): avoided where the slot has another item. */
  earlier?: Iterable<string>;
  /** The last attempt's items: a retake gets other items of the slot where there are any. */
  lastAttempt?: Iterable<string>;
}

/**
 * One item of each slot, in slot order: preferring items met neither earlier nor in the last attempt,
 * then items not in the last attempt, then any. `random` returns a number in [0, 1).
 */
export function drawForm<Q extends { id: string }>(
  slots: readonly BankSlot<Q>[],
  seen: SeenItems = {},
  random: () => number = Math.random,
): Q[] {
  const earlier = new Set(seen.earlier ?? []);
  const last = new Set(seen.lastAttempt ?? []);
  return slots.map((slot) => {
    if (slot.items.length === 0) throw new Error(`Final-check slot "${slot.id}" has no items`);
    const notLast = slot.items.filter((item) => !last.has(item.id));
    const fresh = notLast.filter((item) => !earlier.has(item.id));
    const pool = fresh.length > 0 ? fresh : notLast.length > 0 ? notLast : slot.items;
    return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]!;
  });
}

export type FormCheck<Q> = { ok: true; items: Q[] } | { ok: false; message: string };

/**
 * Whether `ids` is a form a draw could have served from these slots: exactly one item of each slot and
 * nothing else. On success the items come back in slot order, ready to grade.
 */
export function checkForm<Q extends { id: string }>(
  slots: readonly BankSlot<Q>[],
  ids: readonly string[],
): FormCheck<Q> {
  const slotOf = new Map<string, { slot: BankSlot<Q>; item: Q }>();
  for (const slot of slots) for (const item of slot.items) slotOf.set(item.id, { slot, item });

  const unknown = ids.filter((id) => !slotOf.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `Not a question of this final check: ${unknown.map((id) => `"${id}"`).join(', ')}.`,
    };
  }
  const chosen = new Map<string, Q>();
  for (const id of ids) {
    const { slot, item } = slotOf.get(id)!;
    const other = chosen.get(slot.id);
    if (other) {
      return {
        ok: false,
        message: `Two answers to the same question of the final check ("${other.id}" and "${id}"): a form asks one of them.`,
      };
    }
    chosen.set(slot.id, item);
  }
  const missing = slots.filter((slot) => !chosen.has(slot.id));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The answers leave out ${missing.length === 1 ? 'a question' : `${missing.length} questions`} of the final check: every question of the form must be sent.`,
    };
  }
  return { ok: true, items: slots.map((slot) => chosen.get(slot.id)!) };
}
