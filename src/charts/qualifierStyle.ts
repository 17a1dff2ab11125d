// How each qualifier looks in a chart: solid for exact, hatched for approximate, dotted for lower bounds, hollow for derived.
import type { Qualifier } from '../dataset/schema.ts';

export interface QualifierLook {
  itemStyle: Record<string, unknown>;
  /** Line charts: the point symbol. */
  symbol: string;
}

export const qualifierStyle = (qualifier: Qualifier, color: string): QualifierLook => {
  switch (qualifier) {
    case 'exact':
      return { itemStyle: { color, borderColor: color, borderWidth: 1 }, symbol: 'circle' };
    case 'approx':
      return {
        itemStyle: {
          color,
          borderColor: color,
          borderWidth: 1,
          decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.7)' },
        },
        symbol: 'triangle',
      };
    case 'lower_bound':
      return {
        itemStyle: {
          color,
          borderColor: color,
          borderWidth: 1,
          decal: { symbol: 'circle', symbolSize: 0.6, dashArrayX: [4, 2], dashArrayY: [4, 2], color: 'rgba(255,255,255,0.75)' },
        },
        symbol: 'diamond',
      };
    case 'derived':
      return {
        itemStyle: { color: 'transparent', borderColor: color, borderWidth: 2, borderType: 'dashed' },
        symbol: 'emptyCircle',
      };
  }
};
