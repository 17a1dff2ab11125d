import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/lang.ts';

/** What every option builder needs besides its rows: words and numbers in the current language. */
export interface BuildContext {
  t: TFunction;
  lang: Lang;
  dark?: boolean;
  /** Phone-width screen: narrower axis labels, wrapped subtitles. */
  compact?: boolean;
}
