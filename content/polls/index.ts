import { guidancePoll } from './guidance-and-practice';
import { sincePoll } from './guidance-since-2013';
import { ethicsPoll } from './is-it-ethical';
import { afterPoll, beforePoll } from './stand';
import { studyPoll } from './the-study';
import type { Poll, PollQuestion } from './types';
import { knockPoll } from './when-patients-knock';
import { onlinePoll } from './who-is-online';

export const polls: readonly Poll[] = [
  beforePoll,
  afterPoll,
  studyPoll,
  onlinePoll,
  knockPoll,
  ethicsPoll,
  guidancePoll,
  sincePoll,
];

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
