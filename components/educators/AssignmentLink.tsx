'use client';

import { useId, useMemo, useRef, useState } from 'react';
import type { Assignment } from '@/lib/assignments/assignment';
import { formatDay } from '@/lib/dates/days';
import { qrMatrix, qrRectangles, qrSvg } from '@/lib/qr/qr';
import { saveFile } from '@/components/dom/save-file';
import type { LessonChoice } from './lesson-choice';
import styles from './educators.module.css';

/** A file name from the course name: letters and digits of any script, dashes between words. */
function fileStem(course: string): string {
  const stem = course
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `assignment-${stem || 'link'}`;
}

/** The QR code as a PNG: black on white, 8 pixels a module, with its quiet zone. */
function qrPng(link: string): Promise<Blob> {
  const matrix = qrMatrix(link);
  const scale = 8;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = (matrix.size + 8) * scale;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw images.'));
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  for (const [x, y, width] of qrRectangles(matrix)) {
    context.fillRect((x + 4) * scale, (y + 4) * scale, width * scale, scale);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/** The signed link: what it says, a copy button, its QR code and downloads of it. */
export function AssignmentLink({
  made,
  lessons,
  onAnother,
}: {
  made: { link: string; assignment: Assignment };
  lessons: LessonChoice[];
  onAnother: () => void;
}) {
  const { link, assignment } = made;
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const svg = useMemo(() => qrSvg(link), [link]);
  const stem = fileStem(assignment.course);
  const required = lessons.filter((lesson) => (assignment.lessons as string[]).includes(lesson.slug));

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      input.current?.select();
      setStatus('This browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.made}>
      <h2 id={headingId} tabIndex={-1} ref={(node) => node?.focus()}>
        Your assignment link
      </h2>
      <p>Send this link to your learners (by email or in your course page), or show the QR code in class.</p>
      <label htmlFor="assignment-link" className={styles.label}>
        Link for your learners
      </label>
      <div className={styles.linkRow}>
        <input
          id="assignment-link"
          ref={input}
          className="text-input"
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>

      <div className={styles.qrRow}>
        {/* The SVG is generated here from the link alone, never from typed text. */}
        <div
          className={styles.qr}
          role="img"
          aria-label={`QR code of the assignment link for ${assignment.course}`}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <div>
          <dl className={styles.summary}>
            <dt>Course</dt>
            <dd>{assignment.course}</dd>
            <dt>Educator</dt>
            <dd>
              {assignment.educatorName} ({assignment.educatorContact})
            </dd>
            <dt>Pass mark</dt>
            <dd data-module-value>{assignment.passMarkPct}%</dd>
            <dt>Due</dt>
            <dd>{assignment.due ? formatDay(assignment.due) : 'No due date'}</dd>
            <dt>Required lessons</dt>
            <dd>
              {required.length === lessons.length
                ? `All ${lessons.length}`
                : required.map((lesson) => lesson.title).join('; ')}
            </dd>
            <dt>Attitude answers</dt>
            <dd>{assignment.shareAttitudes ? 'Learners are invited to share them' : 'Not asked for'}</dd>
            <dt>Link works until</dt>
            <dd>{formatDay(assignment.expiresAt.slice(0, 10))}</dd>
          </dl>
          <div className="actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => saveFile(svg, `${stem}.svg`, 'image/svg+xml')}
            >
              Download QR code (SVG)
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                qrPng(link).then(
                  (blob) => saveFile(blob, `${stem}.png`, 'image/png'),
                  (error: Error) => setStatus(error.message),
                )
              }
            >
              Download QR code (PNG)
            </button>
          </div>
        </div>
      </div>

      <p>
        The link is signed: learners cannot change the pass mark or the due date. Nothing about this
        assignment is stored on the server; keep the link. When certificates come in, check them together on
        the <a href="/educators/review">class review page</a>.
      </p>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={onAnother}>
          Make another link
        </button>
      </div>
    </section>
  );
}
