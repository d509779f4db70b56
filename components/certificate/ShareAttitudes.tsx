import type { Assignment } from '@/lib/assignments/assignment';
import styles from './certificate.module.css';
import { ATTITUDE_ITEMS, attitudeLabel, type SharedAttitudes } from '@/lib/assignments/attitudes';

/**
 * The opt-in to put the learner's before/after attitude answers into the certificate, for the educator
 * who invited it. Unticked unless the learner ticks it; says exactly who will see what.
 */
export function ShareAttitudes({
  assignment,
  attitudes,
  checked,
  onChange,
}: {
  assignment: Assignment;
  attitudes: SharedAttitudes;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const answered = ATTITUDE_ITEMS.filter(({ item }) => attitudes[item]);
  if (answered.length === 0) {
    return (
      <p className="note">
        {assignment.educatorName} invites learners to share their attitude answers, but you have not answered
        the attitude questions, so there is nothing to share.
      </p>
    );
  }
  const label = (item: string, value: string | undefined) =>
    value ? attitudeLabel(item, value) : 'not answered';
  return (
    <fieldset className={styles.share}>
      <legend>Share your attitude answers with {assignment.educatorName}? (optional)</legend>
      <p id="share-who">
        If you tick the box, your answers below are written into this certificate&rsquo;s signed credential,
        which travels inside the PDF and the credential file (they are not printed on the page). Anyone who
        holds the certificate can read them: {assignment.educatorName} for “{assignment.course}” when you hand
        it in, and anyone else you give it to. The module&rsquo;s server sees them once, to sign, and keeps
        nothing. {assignment.educatorName}&rsquo;s review page shows the class&rsquo;s answers only when five
        or more learners shared. Your name, score and course are on the certificate either way.
      </p>
      <table className={`data-table ${styles.shareAnswers}`}>
        <caption className="visually-hidden">The answers you would share</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Before the lessons</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {answered.map(({ item, after }) => (
            <tr key={item}>
              <th scope="row">{after.prompt}</th>
              <td>{label(item, attitudes[item]!.before)}</td>
              <td>{label(item, attitudes[item]!.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby="share-who"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>Include my attitude answers in this certificate for {assignment.educatorName}</span>
      </label>
    </fieldset>
  );
}
