import { getSource } from '@/content/study';

/** An inline short citation, e.g. "(Moubarak et al., J Med Ethics 2011)". */
export function Cite({ source }: { source: string }) {
  const cited = getSource(source);
  return <cite className="cite">({cited.short})</cite>;
}
