import type { Lang } from './lang.ts';

/** Between the items of a list of names: 、 in Chinese, a comma in English. */
export const listSeparator = (lang: Lang): string => (lang === 'zh' ? '、' : ', ');
