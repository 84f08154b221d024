/**
 * A queue table's name for assistive tech, and — when the page shows only the first rows of a long
 * queue — how many there are in all (the counts at the top say the same).
 */
export function QueueCaption({ title, shown, total }: { title: string; shown: number; total: number }) {
  return (
    <caption className={shown < total ? 'muted' : 'sr-only'}>
      {shown < total ? `${title}: ${shown} of ${total} shown` : title}
    </caption>
  );
}
