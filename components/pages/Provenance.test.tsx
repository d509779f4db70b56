import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { contentChanges, LAST_REVIEWED } from '@/content/provenance';
import { formatFigure, getFigure, getSource } from '@/content/study';
import { feedbackContact } from '@/lib/content/feedback';
import { formatDay } from '@/lib/dates/days';
import { ChangeLog, ContactSentence } from './Provenance';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const escape = (text: string) => text.replace(/&/g, '&amp;');

describe('where to report an error', () => {
  it('links the address the deployer set in FEEDBACK_CONTACT', () => {
    const html = renderToStaticMarkup(
      <ContactSentence contact={feedbackContact({ FEEDBACK_CONTACT: 'corrections@example.edu' })} />,
    );
    expect(html).toContain('<a href="mailto:corrections@example.edu">corrections@example.edu</a>');
    expect(textOf(html)).toMatch(/^To report an error, write to corrections@example\.edu\. Say which page/);
  });

  it('says whom to tell instead when FEEDBACK_CONTACT is unset, with no link', () => {
    const html = renderToStaticMarkup(<ContactSentence contact={feedbackContact({})} />);
    expect(html).not.toContain('<a');
    expect(textOf(html)).toContain('This copy of the module has no address for reports set up.');
    expect(textOf(html)).toContain('Tell the educator who gave you the module');
  });

  it('shows a contact that is neither an address nor a link as plain text', () => {
    const html = renderToStaticMarkup(
      <ContactSentence contact={feedbackContact({ FEEDBACK_CONTACT: 'javascript:alert(1)' })} />,
    );
    expect(html).not.toContain('<a');
    expect(textOf(html)).toContain('To report an error, contact javascript:alert(1).');
  });
});

describe('the change log', () => {
  const html = renderToStaticMarkup(<ChangeLog />);

  it('lists every change under its day, with its title, and its figures from the data', () => {
    expect(html.match(/<li>/g)).toHaveLength(contentChanges.length);
    const days = [...new Set(contentChanges.map((change) => change.date))];
    expect(html.match(/<h4 /g)).toHaveLength(days.length);
    for (const day of days) {
      expect(html).toContain(`<time dateTime="${day}">${formatDay(day)}</time>`);
    }
    for (const change of contentChanges) expect(textOf(html)).toContain(change.title);
    expect(textOf(html)).toContain(formatFigure(getFigure('bosslet/friend-request-received/MS')));
    expect(html).not.toContain('{fig:');
    expect(contentChanges.some((change) => change.date === LAST_REVIEWED)).toBe(true);
  });

  it('links each change’s sources to their entries in the reference list', () => {
    for (const id of new Set(contentChanges.flatMap((change) => change.sources))) {
      expect(html).toContain(`<a href="#ref-${id}">${escape(getSource(id).short)}</a>`);
    }
  });
});
