// 青海办理法律援助案件6625件 as a page's title, over a text that says they are the volunteers' cases since 2009; or a
// subtitle 办理妇女儿童法律援助案件1.3万余件 over a text that only says 办理法律援助案件1.3万余件: a title and a figure of the
// text with the same value are one figure, and the reading that says more (whose, of which year, over what period) is
// both's. Only the same value, unit and qualifier, and a text figure with a metric (the title's, if it has one).
import type { Scanned } from './figureRelations.ts';
import { openingLineSpans } from './pageSubject.ts';

function takeReading(to: Scanned, from: Scanned): void {
  to.scope = from.scope;
  to.year = from.year;
  to.part = from.part;
  if (from.period === undefined) delete to.period;
  else to.period = from.period;
}

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
    if (title.scope !== 'region' && text.scope === 'region') {
      // The title names the kind or the body (妇女儿童法律援助案件): the text's bare restatement is that part too.
      takeReading(text, title);
      continue;
    }
    title.metric = text.metric;
    takeReading(title, text);
  }
}
