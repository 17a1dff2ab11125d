// 青海办理法律援助案件6625件 as a page's title, over a text that says they are the volunteers' cases since 2009: a title
// restating a figure of the text takes the text's reading of it (whose, of which year, over what period), which a title
// has no room to say. Only the same value, unit and qualifier, and a text figure with a metric (the title's, if it has one).
import type { Scanned } from './figureRelations.ts';
import { openingLineSpans } from './pageSubject.ts';

export function readTitlesAsText(items: Scanned[], norm: string): void {
  const titles = openingLineSpans(norm);
  if (titles.length === 0) return;
  const inTitle = (item: Scanned): boolean =>
    titles.some(({ start, end }) => item.fig.start >= start && item.fig.end <= end);
  for (const title of items) {
    if (!inTitle(title) || title.change !== null) continue;
    const text = items.find(
      (other) =>
        !inTitle(other) &&
        other.change === null &&
        other.fig.value === title.fig.value &&
        other.fig.unit === title.fig.unit &&
        other.fig.qualifier === title.fig.qualifier &&
        other.metric !== null &&
        (title.metric === null || other.metric === title.metric),
    );
    if (text === undefined) continue;
    title.metric = text.metric;
    title.scope = text.scope;
    title.year = text.year;
    title.part = text.part;
    if (text.period === undefined) delete title.period;
    else title.period = text.period;
  }
}
