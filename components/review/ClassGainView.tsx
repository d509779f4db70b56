import type { ClassGain } from '@/lib/review/gain';

/**
 * The gain from before the lessons to after: the pre-check beside the final check, for the learners whose
 * certificates record both. Shown from five learners up, like the other class figures.
 */
export function ClassGainView({ gain, scope }: { gain: ClassGain; scope: string }) {
  return (
    <section className="block" aria-labelledby="class-gain-title">
      <h2 id="class-gain-title" className="block__title">
        Knowledge, before and after the lessons
      </h2>
      {gain.shown ? (
        <>
          <p>
            The <span data-module-value="">{gain.learners}</span> learners who took the pre-check answered{' '}
            <span data-module-value="">{gain.beforePct}%</span> of its questions correctly before the lessons,
            and <span data-module-value="">{gain.afterPct}%</span> of their final-check questions after them.
          </p>
          <p className="source">
            From the certificates of learners who took the optional pre-check ({scope}), each counted once by
            their latest certificate. The pre-check asks one question on each lesson and counts toward
            nothing; the final check asks other questions on the same objectives.
          </p>
        </>
      ) : (
        <p>{gain.reason}</p>
      )}
    </section>
  );
}
