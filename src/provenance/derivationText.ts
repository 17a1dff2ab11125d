// A derivation in words, so a derived value always says how it was computed.
import type { TFunction } from 'i18next';
import type { Derivation, Metric } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/formatNumber.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export const derivationText = (d: Derivation, t: TFunction, lang: Lang, metricById: ReadonlyMap<string, Metric>): string => {
  const name = (id: string) => metricById.get(id)?.name[lang] ?? id;
  switch (d.kind) {
    case 'yoy_percent':
      return t('derivation.yoy_percent', {
        base: formatNumber(d.base_value, lang),
        baseYear: d.base_year,
        change: formatNumber(Math.abs(d.change_percent), lang),
        direction: t(d.change_percent >= 0 ? 'derivation.up' : 'derivation.down'),
        sign: d.change_percent >= 0 ? '+' : '−',
      });
    case 'yoy_absolute':
      return t('derivation.yoy_absolute', {
        base: formatNumber(d.base_value, lang),
        baseYear: d.base_year,
        change: formatNumber(Math.abs(d.change), lang),
        direction: t(d.change >= 0 ? 'derivation.up' : 'derivation.down'),
        sign: d.change >= 0 ? '−' : '+',
      });
    case 'ratio':
      return t('derivation.ratio', { numerator: name(d.numerator), denominator: name(d.denominator) });
    case 'sum':
      return t('derivation.sum', { parts: d.of.map(name).join(listSeparator(lang)) });
  }
};
