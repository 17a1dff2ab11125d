// Does a figure count one kind of case or dispute (婚姻家庭纠纷, 涉企复议案件, 民事法律援助案件,
// 重大疑难纠纷) rather than all of them? A kind named right before the head noun makes it a part,
// unless the words go on to gather all kinds (婚姻家庭、邻里等各类纠纷).
const KINDS = [
  '婚姻家庭',
  '婚姻',
  '家庭',
  '家事',
  '邻里',
  '土地',
  '山林',
  '林权',
  '宅基地',
  '征地',
  '拆迁',
  '征收',
  '房屋',
  '劳动',
  '劳资',
  '欠薪',
  '讨薪',
  '工资',
  '工伤',
  '医疗',
  '医患',
  '交通',
  '物业',
  '消费',
  '金融',
  '借贷',
  '债务',
  '合同',
  '损害赔偿',
  '生产经营',
  '环境',
  '校园',
  '旅游',
  '知识产权',
  '商事',
  '继承',
  '赡养',
  '抚养',
  '安全生产',
  '农民工',
  '妇女',
  '未成年人',
  '老年人',
  '残疾人',
  '退役军人',
  '军人',
  '困难群众',
  '特殊群体',
  '重大',
  '疑难',
  '复杂',
  '群体性',
  '重点',
  '积案',
  '信访',
  '历史遗留',
  '涉[企疫农外稳访军侨]',
  '涉法涉诉',
  '涉及[^,、]{1,8}的',
].join('|');
const HEAD = '(?:纠纷|矛盾|案件|案|申请|事项)';
const KIND_BEFORE_HEAD = new RegExp(`(?:${KINDS})[\\u4e00-\\u9fa5()、]{0,8}?${HEAD}`);
const LEGAL_AID_KIND =
  /(?:民事|刑事|行政)类?法律援助|法律援助(?:民事|刑事|行政)|(?:民事|刑事)(?:诉讼)?(?:类)?案件/;
const GATHERS_ALL = /各类|各种|等|在内|全部|所有|及其他|和其他/;

/** @param local the figure's clause before it, from the previous figure on */
export function namesACategory(local: string): boolean {
  for (const re of [KIND_BEFORE_HEAD, LEGAL_AID_KIND]) {
    const m = re.exec(local);
    if (m !== null && !GATHERS_ALL.test(local.slice(m.index))) return true;
  }
  return false;
}
