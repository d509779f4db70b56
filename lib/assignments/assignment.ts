import { lessonOrder, type LessonSlug } from '@/content/lessons/order';
import { checkPlainText } from '@/lib/text/plain-text';
import { PRINTABLE_SCRIPTS, unprintableCharacters } from '@/lib/text/scripts';
import { addDays, formatDay, parseDay } from '@/lib/dates/days';
import { ASSIGNMENT_LIMITS } from './limits';

/**
 * An educator's assignment of the module: what the form asks for, what the signed link carries, and what
 * the learner's progress keeps. Shared by the builder form, the server that signs it, the learner's
 * browser that opens it and the class review.
 */
export interface Assignment {
  /** Made by the server: 16 base64url characters. */
  id: string;
  course: string;
  educatorName: string;
  educatorContact: string;
  /** Whole percent, 50 to 100. */
  passMarkPct: number;
  /** The last day to complete it, `YYYY-MM-DD` (a calendar day, compared with the certificate's UTC day). */
  due?: string;
  /** The lessons the learner must take, in course order; the final check asks about these only. */
  lessons: LessonSlug[];
  /** Whether learners are invited to share their before/after attitude answers with the educator. */
  shareAttitudes: boolean;
  /** When the server signed it, ISO time without milliseconds. */
  issuedAt: string;
  /** When the link stops working (one year after it was made). */
  expiresAt: string;
}

/** What the educator fills in; the server adds the id and the times. */
export type AssignmentInput = Omit<Assignment, 'id' | 'issuedAt' | 'expiresAt'>;

/** Messages by field; `form` is for what belongs to no field (the body's shape). */
export type FieldErrors = Partial<Record<keyof AssignmentInput | 'form', string>>;
export type InputCheck = { ok: true; input: AssignmentInput } | { ok: false; errors: FieldErrors };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FIELDS = [
  'course',
  'educatorName',
  'educatorContact',
  'passMarkPct',
  'due',
  'lessons',
  'shareAttitudes',
] as const;

/**
 * Checks the builder's fields, in the browser and on the server, and says per field what is wrong.
 * `today` is the educator's calendar day: a due date may not be before it, nor more than a link's lifetime
 * after it. An empty due date means none.
 */
export function checkAssignmentInput(body: unknown, today: string): InputCheck {
  if (!isObject(body)) {
    return { ok: false, errors: { form: 'Send the assignment as a JSON object of its fields.' } };
  }
  const errors: FieldErrors = {};
  const unknown = Object.keys(body).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    errors.form = `Unknown field: ${unknown.join(', ')}. Send only ${FIELDS.join(', ')}.`;
  }
  const text = (key: 'course' | 'educatorName' | 'educatorContact', what: string, empty: string) => {
    const raw = body[key];
    if (typeof raw !== 'string') {
      errors[key] = `${what} must be text.`;
      return '';
    }
    const checked = checkPlainText(raw, { what, max: ASSIGNMENT_LIMITS[key], empty });
    if (!checked.ok) {
      errors[key] = checked.message;
      return '';
    }
    return checked.text;
  };
  const course = text('course', 'The course name', 'Enter the course name learners will see.');
  const unprintable = unprintableCharacters(course);
  if (unprintable.length > 0) {
    errors.course = `Certificates cannot print ${unprintable.join(' ')} yet; they print ${PRINTABLE_SCRIPTS}.`;
  }
  const educatorName = text('educatorName', 'Your name', 'Enter your name as learners should see it.');
  const educatorContact = text(
    'educatorContact',
    'The contact',
    'Enter how learners can reach you (an email address or a phone number).',
  );

  const pass = body.passMarkPct;
  const { passMarkMin, passMarkMax } = ASSIGNMENT_LIMITS;
  if (typeof pass !== 'number' || !Number.isInteger(pass) || pass < passMarkMin || pass > passMarkMax) {
    errors.passMarkPct = `The pass mark must be a whole number from ${passMarkMin} to ${passMarkMax}.`;
  }

  let due: string | undefined;
  if (body.due !== undefined && body.due !== '') {
    const latest = addDays(today, ASSIGNMENT_LIMITS.lifetimeDays);
    if (typeof body.due !== 'string' || !parseDay(body.due)) {
      errors.due = 'The due date must be a date (YYYY-MM-DD), or left empty.';
    } else if (body.due < today) {
      errors.due = `The due date is in the past; choose ${formatDay(today)} or later.`;
    } else if (body.due > latest) {
      errors.due = `A link works for one year, so the due date can be ${formatDay(latest)} at the latest.`;
    } else {
      due = body.due;
    }
  }

  const lessons = body.lessons;
  let required: LessonSlug[] = [];
  if (!Array.isArray(lessons) || lessons.some((slug) => typeof slug !== 'string')) {
    errors.lessons = 'The required lessons must be a list of lesson names.';
  } else {
    const strange = lessons.filter((slug) => !(lessonOrder as readonly string[]).includes(slug as string));
    if (strange.length > 0) errors.lessons = `Unknown lesson: ${strange.join(', ')}.`;
    required = lessonOrder.filter((slug) => lessons.includes(slug));
    if (required.length === 0 && !errors.lessons) errors.lessons = 'Choose at least one lesson.';
  }

  if (typeof body.shareAttitudes !== 'boolean') {
    errors.shareAttitudes =
      'Say whether learners are invited to share their attitude answers (true or false).';
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      course,
      educatorName,
      educatorContact,
      passMarkPct: pass as number,
      ...(due ? { due } : {}),
      lessons: required,
      shareAttitudes: body.shareAttitudes as boolean,
    },
  };
}

/** The certificate's UTC day against the due date: on time up to and including the due day. */
export function isOnTime(certificateDay: string, due: string | undefined): boolean {
  return due === undefined || certificateDay <= due;
}
