// The page's languages: the lowest folder that needs them, so charts, exports and the URL all import them from here.
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
