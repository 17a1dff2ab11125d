// Okabe–Ito: distinguishable with every common colour-vision deficiency.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
export const BAR_COLOR = '#0072B2';
/** A CJK-first font stack, so Chinese renders in the page and in exported images. */
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif';
/** Values shown on request that are not comparable: grey, whatever their qualifier. */
export const NOT_COMPARABLE_COLOR = '#8a8a8f';
