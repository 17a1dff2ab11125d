// Toneless pinyin of place names. pinyin-pro reads a character by its commonest word; these places read otherwise.
import { customPinyin, pinyin } from 'pinyin-pro';

customPinyin({
  乐清: 'yue qing',
  大埔: 'da bu',
  单县: 'shan xian',
  洪洞: 'hong tong',
  郫都: 'pi du',
  涡阳: 'guo yang',
  蔚县: 'yu xian',
  东阿: 'dong e',
  繁峙: 'fan shi',
  歙县: 'she xian',
  黟县: 'yi xian',
  番禺: 'pan yu',
  铅山: 'yan shan',
  都匀: 'du yun',
});

/** One lower-case syllable per Chinese character, ü kept; other characters pass through one by one. */
export const placeSyllables = (zh: string): string[] => pinyin(zh, { toneType: 'none', type: 'array' });
