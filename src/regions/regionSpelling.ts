// What the region matcher needs to read Chinese from Latin letters and traditional characters. Heavy (pinyin-pro's
// dictionary, OpenCC's table), so the page loads it only when someone starts a search: see loadRegionSpelling.
import { toSimplified } from '../extract/toSimplified.ts';
import type { RegionSpelling } from './matchRegion.ts';
import { placeSyllables } from './placePinyin.ts';

export const regionSpelling: RegionSpelling = { syllables: placeSyllables, simplify: toSimplified };
