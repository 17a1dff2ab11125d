// Why a value is not comparable, in words: shown in tooltips, the list under a chart, the table, the CSV and images.
import type { Difference } from '../dataset/select/comparability.ts';
import type { BuildContext } from './buildContext.ts';
import type { Region } from '../dataset/schema.ts';
import { regionName } from './chartText.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export const differenceText = (d: Difference, { t, lang }: Pick<BuildContext, 't' | 'lang'>): string => {
  switch (d.kind) {
    case 'scope':
      return t(`compare.scope.${d.scope}`, { subject: d.subject?.[lang] ?? t(`compare.scope.unnamed_${d.scope}`) });
    case 'period': {
      const p = d.period;
      if (p.kind === 'partial_year')
        return p.months ? t('compare.period.months', { from: p.months[0], to: p.months[1] }) : p.phrase ? t('compare.period.partial', { phrase: p.phrase }) : t('compare.period.partialPlain');
      if (p.kind === 'multi_year')
        return p.from !== undefined && p.to !== undefined ? t('compare.period.years', { from: p.from, to: p.to }) : p.phrase ? t('compare.period.multi', { phrase: p.phrase }) : t('compare.period.multiPlain');
      return t('compare.period.unknown');
    }
    case 'basis':
      return t('compare.basis', { basis: t(`compare.basisWord.${d.basis}`) });
    case 'denominator':
      return t('compare.denominator', { denominator: d.denominator });
  }
};

/** All of a value's differences, as one phrase. */
export const differencesText = (ds: readonly Difference[], ctx: Pick<BuildContext, 't' | 'lang'>): string =>
  ds.map((d) => differenceText(d, ctx)).join(ctx.lang === 'zh' ? '，' : '; ');

/** Values that are not comparable, as one list: "region (why)", or "region · metric (why)" when a label is given. */
export const notComparableItems = (
  items: ReadonlyArray<{ region: Region; differs: readonly Difference[]; label?: string }>,
  ctx: Pick<BuildContext, 't' | 'lang'>,
): string =>
  items
    .map((r) => ctx.t('compare.item', { region: r.label ? `${regionName(r.region, ctx)} · ${r.label}` : regionName(r.region, ctx), reason: differencesText(r.differs, ctx) }))
    .join(listSeparator(ctx.lang));

/** The mark a value that is not comparable carries wherever it is printed. */
export const NOT_COMPARABLE_MARK = '‡';
