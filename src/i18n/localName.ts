import type { Lang } from './lang.ts';

/** The name of a dataset entity in the current language. */
export const localName = (name: { zh: string; en: string }, lang: Lang): string => name[lang];
