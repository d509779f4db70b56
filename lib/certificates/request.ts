import * as z from 'zod/mini';
import { checkSharedAttitudes, type SharedAttitudes } from '@/lib/assignments/attitudes';
import { MAX_TOKEN_LENGTH } from '@/lib/assignments/limits';
import { checkCertificateName } from './name';

/** Most answers a request may carry (the final check has far fewer questions). */
export const MAX_ANSWERS = 200;

const describe = (field: string, expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is missing.` : `${field} must be ${expected}.`;

/** Question id -> the chosen option's index, as the final check and the pre-check keep answers. */
const answersOf = (field: string) =>
  z.record(
    z.string().check(z.maxLength(80, `${field}: a question id is longer than 80 characters.`)),
    z
      .int({ error: `${field}: each answer must be the whole-number index of the chosen option.` })
      .check(
        z.minimum(0, `${field}: an option index cannot be negative.`),
        z.maximum(99, `${field}: an option index is above 99.`),
      ),
    { error: describe(field, 'an object of question id → option index') },
  );

const RequestSchema = z.strictObject(
  {
    name: z.string({ error: describe('name', 'a string (your name as it should print)') }),
    answers: answersOf('answers'),
    // The knowledge pre-check before the lessons, when the learner took it: recorded, never counted.
    precheck: z.optional(answersOf('precheck')),
    // The token of the assignment link the learner opened; the server checks it again.
    assignment: z.optional(
      z
        .string({ error: 'assignment must be the assignment link’s token (a string) when it is given.' })
        .check(z.maxLength(MAX_TOKEN_LENGTH, `assignment is longer than ${MAX_TOKEN_LENGTH} characters.`)),
    ),
    // Checked by checkSharedAttitudes below.
    attitudes: z.optional(z.unknown()),
  },
  { error: 'The request body must be a JSON object with name and answers.' },
);

export interface CertificateRequest {
  name: string;
  answers: Record<string, number>;
  /** The pre-check's answers, when it was taken (not counted: recorded beside the score). */
  precheck?: Record<string, number>;
  assignment?: string;
  /** Only with an assignment that invites sharing, and only when the learner opted in. */
  attitudes?: SharedAttitudes;
}

export type RequestCheck = { ok: true; request: CertificateRequest } | { ok: false; message: string };

/** Checks a parsed request body; a failure names the field and says what is wrong. */
export function checkCertificateRequest(body: unknown): RequestCheck {
  const parsed = RequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      return {
        ok: false,
        message: `Unknown field: ${issue.keys.join(', ')}. Send only name, answers, precheck, assignment and attitudes.`,
      };
    }
    return { ok: false, message: issue.message };
  }
  const { name, answers, precheck, assignment, attitudes } = parsed.data;
  const checked = checkCertificateName(name);
  if (!checked.ok) return { ok: false, message: `name: ${checked.message}` };
  if (Object.keys(answers).length > MAX_ANSWERS) {
    return { ok: false, message: `answers: at most ${MAX_ANSWERS} answers.` };
  }
  if (precheck !== undefined && Object.keys(precheck).length > MAX_ANSWERS) {
    return { ok: false, message: `precheck: at most ${MAX_ANSWERS} answers.` };
  }
  let shared: SharedAttitudes | undefined;
  if (attitudes !== undefined) {
    if (assignment === undefined) {
      return { ok: false, message: 'attitudes: they can be shared only with an assignment.' };
    }
    const checkedAttitudes = checkSharedAttitudes(attitudes);
    if (!checkedAttitudes.ok) return { ok: false, message: checkedAttitudes.message };
    shared = checkedAttitudes.attitudes;
  }
  return {
    ok: true,
    request: {
      name: checked.name,
      answers,
      ...(precheck === undefined ? {} : { precheck }),
      ...(assignment === undefined ? {} : { assignment }),
      ...(shared === undefined ? {} : { attitudes: shared }),
    },
  };
}
