import { ScrollTable } from '@/components/layout/ScrollTable';
import { ClassShareCell } from './ClassShareCell';
import type { ClassItems } from '@/lib/review/items';

function Share({ answered, correct, pct }: { answered: number; correct: number; pct?: number }) {
  return (
    <ClassShareCell
      count={correct}
      of={answered}
      pct={pct}
      none="no one was asked it"
      few={(n) => `only ${n} asked`}
    />
  );
}

/**
 * Where the class struggled on the final check: for each objective (a slot of parallel questions), the
 * share of the class who answered its question correctly, and the share for each question of the slot.
 * Read from the item results the certificates record; shown from five learners up.
 */
export function ClassItemsView({ items, scope }: { items: ClassItems; scope: string }) {
  return (
    <section className="block" aria-labelledby="class-items-title">
      <h2 id="class-items-title" className="block__title">
        Final check, question by question
      </h2>
      {!items.shown ? (
        <p>{items.reason}</p>
      ) : (
        <>
          <p className="source">
            From the graded final-check attempts of {items.learners} learners ({scope}), each counted once by
            their latest certificate. Each attempt asks one question of every objective, drawn from two or
            more parallel questions, so a question’s share counts only the learners it was asked of.
          </p>
          <ScrollTable caption="Share of the class answering correctly, by objective and question">
            <thead>
              <tr>
                <th scope="col">Objective and its questions</th>
                <th scope="col">Lesson</th>
                <th scope="col">Correct</th>
              </tr>
            </thead>
            {items.slots.map((slot) => (
              <tbody key={slot.facts.id}>
                <tr>
                  <th scope="row">{slot.facts.objective}</th>
                  <td>{slot.facts.lesson}</td>
                  <td>
                    <Share {...slot.all} />
                  </td>
                </tr>
                {slot.items.map((item) => (
                  <tr key={item.id}>
                    <td className="class-items__question">{item.prompt}</td>
                    <td />
                    <td>
                      <Share {...item} />
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </ScrollTable>
        </>
      )}
    </section>
  );
}
