import type { ReactNode } from 'react';
import { StandForm } from '@/components/start/StandForm';
import { getPoll } from '@/content/polls';
import { finalSlots } from '@/content/questions/final';
import { getLessons } from '@/lib/content/lessons';

/**
 * "Where do you stand?": who the learner is and the seven items, then the optional pre-check. `kept` says
 * where the answers are kept; `children` come after the introduction (the site's assignment link).
 */
export function StartView({ kept, children }: { kept: string; children?: ReactNode }) {
  const lessons = getLessons();
  const first = lessons[0]!;
  // The pre-check draws from the final check's bank; it shows no explanations, so none are sent.
  const precheckSlots = finalSlots.map((slot) => ({
    id: slot.id,
    lesson: slot.lesson,
    items: slot.items.map(({ id, prompt, options, answer }) => ({
      id,
      prompt,
      options: options.map(({ text }) => ({ text })),
      answer,
    })),
  }));
  return (
    <div className="prose">
      <h1>Where do you stand?</h1>
      <p className="lede">
        Before any figures, say who you are and answer seven short questions from the national survey, in this
        module&rsquo;s own words. The lessons then set your answers beside the national ones. Then, if you
        like, a pre-check of <span data-module-value="">{lessons.length}</span> questions, one on each lesson,
        shows what you know before them. Nothing here is graded, and your answers stay {kept}.
      </p>
      {children}
      <StandForm
        poll={getPoll('before')}
        precheckSlots={precheckSlots}
        firstLesson={{ href: `/lessons/${first.slug}`, title: first.title }}
      />
    </div>
  );
}
