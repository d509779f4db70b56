/** A lesson as the assignment builder offers it: what the educator ticks and what the link lists. */
export interface LessonChoice {
  slug: string;
  title: string;
  minutes: number;
}
