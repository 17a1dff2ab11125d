// 宝鸡中院行政庭法官李卫东:在“民告官”案件里找平衡…。2023年,李卫东主审行政案件126件: a story of one person introduces them
// with their role in its title or first lines, then names them alone; a clause that opens with that name counts the
// person's own work, a part of the region's. (Further on, a role before two characters is too often no name: 律师值班.)
const OPENING = 80;
const ROLE = '(?:调解员|律师|法官|检察官|民警|所长|庭长|主任|书记)';
// The name right after the role: two or three characters, then a mark, a word of speech or a verb of handling cases.
const INTRODUCED = new RegExp(
  `${ROLE}([\\u4e00-\\u9fa5]{2,3}?)(?=[:,“"\\s]|说|介绍|表示|告诉|主审|承办|代理)`,
  'g',
);
// Characters no name holds: words of grammar, counting and place (调解员调解, 律师事务所, 主任委员会).
const NO_NAME = /[的了在是和与及等各全共已为对把被将从所会员队组局院委办中心市县区镇村事务工作服务性以网]/;

/** The people a page introduces by role and name in its opening (李卫东 of 法官李卫东). */
export function peopleIntroduced(norm: string): string[] {
  const names = new Set<string>();
  for (const m of norm.slice(0, OPENING).matchAll(INTRODUCED)) {
    const name = m[1] ?? '';
    if (!NO_NAME.test(name)) names.add(name);
  }
  return [...names];
}

// A time phrase may open the clause before the name (2023年,李卫东…; 今年以来,王芳…).
const OPENER = /^(?:(?:19|20)\d{2}年(?:以来|度)?|今年以来|近年来|去年|今年|全年)?[,]?/;

/** Does the clause open with one of the people introduced (李卫东主审行政案件…)? */
export const opensWithAPerson = (clause: string, people: readonly string[]): boolean => {
  const rest = clause.replace(OPENER, '');
  return people.some((name) => rest.startsWith(name));
};
