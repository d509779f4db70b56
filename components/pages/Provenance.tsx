import { connection } from 'next/server';
import { Fig } from '@/components/blocks/Fig';
import {
  ACCESSIBILITY_EVALUATED,
  ACCESSIBILITY_TARGET,
  LAST_REVIEWED,
  MODULE_VERSION,
  changeParts,
  contentChanges,
} from '@/content/provenance';
import { getSource } from '@/content/study';
import { formatDay } from '@/lib/dates/days';
import { countOf } from '@/lib/words/plural';
import { feedbackContact, type FeedbackContact } from '@/lib/content/feedback';

/** Where the content stands and how to report an error in it: the blocks of /about and the educator's guide. */

function Day({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}

/** The module's version, as package.json gives it: "0.1.0". */
export function ModuleVersion() {
  return <>{MODULE_VERSION}</>;
}

/** The day the content was last checked against its sources. */
export function LastReviewed() {
  return <Day day={LAST_REVIEWED} />;
}

/** The day the accessibility statement was last evaluated. */
export function AccessibilityEvaluated() {
  return <Day day={ACCESSIBILITY_EVALUATED} />;
}

/** The accessibility standard the module aims at: "WCAG 2.2 at level AA". */
export function AccessibilityTarget() {
  return <>{ACCESSIBILITY_TARGET}</>;
}

/** How many corrections the change log records: "11 corrections". */
export function ChangeCount() {
  return <>{countOf(contentChanges.length, 'correction')}</>;
}

/** The changes grouped by their day, newest first (the log is kept in that order). */
function byDay() {
  const days: { date: string; changes: (typeof contentChanges)[number][] }[] = [];
  for (const change of contentChanges) {
    const last = days.at(-1);
    if (last?.date === change.date) last.changes.push(change);
    else days.push({ date: change.date, changes: [change] });
  }
  return days;
}

/** The change log in short, for the educator's guide: under each day, its corrections' titles. */
export function ChangeSummary() {
  return byDay().map(({ date, changes }) => (
    <div key={date} className="changelog">
      <p className="changelog__day">
        <Day day={date} />
      </p>
      <ul>
        {changes.map((entry) => (
          <li key={entry.title}>{entry.title}</li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * The change log of the content, newest first: under each day, each correction with what the module says now
 * and its sources, linked to the reference list on the same page.
 */
export function ChangeLog() {
  return byDay().map(({ date, changes }) => (
    <div key={date} className="changelog">
      <h4 id={`changes-${date}`}>
        <Day day={date} />
      </h4>
      <ul>
        {changes.map((entry) => (
          <li key={entry.title}>
            <p className="changelog__title">
              <strong>{entry.title}</strong>
            </p>
            <p>
              {changeParts(entry.change).map((part, index) =>
                'figure' in part ? <Fig key={index} id={part.figure} /> : part.text,
              )}
            </p>
            {entry.sources.length > 0 && (
              <p className="source">
                {entry.sources.length === 1 ? 'Source' : 'Sources'}:{' '}
                {entry.sources.map((id, index) => (
                  <span key={id}>
                    {index > 0 ? '; ' : ''}
                    <a href={`#ref-${id}`}>{getSource(id).short}</a>
                  </span>
                ))}
                .
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  ));
}

/** The sentence that tells a reader where to report an error, for the contact the deployer configured. */
export function ContactSentence({ contact }: { contact: FeedbackContact }) {
  switch (contact.kind) {
    case 'email':
      return (
        <p>
          To report an error, write to <a href={contact.href}>{contact.address}</a>. Say which page it is on
          and what is wrong; a source that shows it helps.
        </p>
      );
    case 'link':
      return (
        <p>
          To report an error, use <a href={contact.href}>{contact.address}</a>. Say which page it is on and
          what is wrong; a source that shows it helps.
        </p>
      );
    case 'text':
      return (
        <p>
          To report an error, contact {contact.text}. Say which page it is on and what is wrong; a source that
          shows it helps.
        </p>
      );
    case 'none':
      return (
        <p>
          This copy of the module has no address for reports set up. Tell the educator who gave you the
          module, or whoever runs the site where you found it, which page the error is on and what is wrong; a
          source that shows it helps.
        </p>
      );
  }
}

/**
 * Where to report an error, read from FEEDBACK_CONTACT when the page is served: waiting for the request
 * makes /about render per request, so a contact set after the build still shows.
 */
export async function ReportAnError() {
  await connection();
  return <ContactSentence contact={feedbackContact()} />;
}
