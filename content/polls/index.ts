import type { Poll, PollQuestion } from './types';
import { afterPoll, beforePoll } from './stand';
import { knockPoll } from './when-patients-knock';

export const polls: readonly Poll[] = [beforePoll, afterPoll, knockPoll];

export function getPoll(id: string): Poll {
  const poll = polls.find((p) => p.id === id);
  if (!poll) throw new Error(`Unknown poll "${id}"`);
  return poll;
}

export function getPollQuestion(id: string): PollQuestion {
  for (const poll of polls) {
    const question = poll.questions.find((q) => q.id === id);
    if (question) return question;
  }
  throw new Error(`Unknown poll question "${id}"`);
}
