// What a sentence is about. Each key is a catalogue theme (data/themes.json) or `other`, which names
// subjects the catalogue does not cover so that they stop a figure from inheriting a theme it is
// not about. Strong words decide alone; weak ones only when no strong word is near the figure.
export type Topic =
  | 'mediation'
  | 'review'
  | 'litigation'
  | 'legal_aid'
  | 'enforcement'
  | 'legislation'
  | 'legal_counsel'
  | 'publicity'
  | 'legal_services'
  | 'gov_services'
  | 'grassroots'
  | 'oversight'
  | 'other';

interface TopicWords {
  strong: readonly string[];
  weak?: readonly string[];
}

// prettier-ignore
export const TOPIC_WORDS: Readonly<Record<Topic, TopicWords>> = {
  mediation: {
    strong: ['人民调解', '调委会', '调解委员会', '调解组织', '调解员', '调处', '调解案件', '调解纠纷', '矛盾纠纷',
      '民间纠纷', '调成', '调解工作室', '调解室'],
    weak: ['调解', '纠纷'],
  },
  // 实质性化解行政争议 is what review is asked to do; the courts say it too, so it decides only alone.
  review: { strong: ['行政复议', '复议'], weak: ['纠错', '和解', '实质性化解', '实质化解'] },
  // 以撤诉和调解方式结案: a suit withdrawn or mediated in court is litigation's, not people's mediation.
  litigation: { strong: ['行政应诉', '行政诉讼', '行政一审', '行政二审', '应诉', '出庭', '败诉', '撤诉', '被告', '被诉案件', '涉诉案件', '行政案件', '行政审判', '府院联动'] },
  // 免收法律服务费用: the fees legal aid waives, not the legal services' topic.
  // 办理援助案件1052件: in a justice bureau's list, 援助案件 alone is legal aid's.
  legal_aid: { strong: ['法律援助', '法援', '受援', '援助案件', '法律服务费'] },
  enforcement: { strong: ['行政执法', '执法', '行政处罚', '行政检查', '减免责', '处罚权'] },
  legislation: { strong: ['规范性文件', '立法', '规章', '地方性法规', '备案审查', '报备'] },
  legal_counsel: { strong: ['法律顾问', '合法性审查', '公平竞争审查'] },
  publicity: { strong: ['普法', '法治宣传', '宪法宣传', '民法典', '以案释法', '法治教育'] },
  legal_services: {
    strong: ['律师', '律所', '公证', '仲裁', '司法鉴定', '鉴定机构', '法律服务', '法律职业资格', '法考', '法治体检'],
  },
  gov_services: { strong: ['政务服务', '办事群众', '证明事项', '自助机', '网办', '便民服务', '便民措施', '审批服务', '行政审批', '一件事'] },
  grassroots: { strong: ['司法所', '基层治理'] },
  oversight: { strong: ['督察', '督导', '考核对象', '考评'] },
  // 调解行政争议纠纷18件: the mediation of disputes with agencies (行政争议) is no people's mediation, in either word order.
  // 劳动争议 names arbitration's cases, and a kind of dispute people's mediation takes too (其中道路交通…、劳动争议233件…,
  // 调解成功率…): alone it decides, beside a strong word of another topic it does not.
  other: {
    strong: ['信访', '社区矫正', '安置帮教', '行政争议调解', '调解行政争议', '行政争议纠纷', '行政调解', '司法调解', '劳动人事争议', '诉前调解', '诉调对接',
      '商事调解', '司法救助', '信息公开', '党组', '理论学习', '巡察', '审计'],
    weak: ['劳动争议'],
  },
};

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(kind: 'strong' | 'weak'): { re: RegExp; topicOf: Map<string, Topic> } {
  const topicOf = new Map<string, Topic>();
  for (const [topic, words] of Object.entries(TOPIC_WORDS) as Array<[Topic, TopicWords]>) {
    for (const w of words[kind] ?? []) if (!topicOf.has(w)) topicOf.set(w, topic);
  }
  const words = [...topicOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { re: new RegExp(words.join('|'), 'g'), topicOf };
}

const STRONG = compile('strong');
const WEAK = compile('weak');

/** Topic of the keyword nearest to one end of `text`: its end when `fromEnd`, else its start. */
function nearest(text: string, fromEnd: boolean, table: ReturnType<typeof compile>): Topic | null {
  const re = table.re;
  re.lastIndex = 0;
  let found: Topic | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    found = table.topicOf.get(m[0]) ?? null;
    if (!fromEnd) return found;
  }
  return found;
}

/**
 * Where to look, nearest first: the figure's own clause before it, the noun after it, the rest of
 * the sentence before it, then the paragraph before the sentence. Never later in the sentence: "共受理各类案件500件,其中法律援助案件…"
 * does not make the 500 legal aid.
 */
// 矛盾纠纷综合化解率: a rate of how many disputes a body settled in every way, named by its object; the page's subject
// (review's white paper, a mediation report) says whose it is, not the word 矛盾纠纷.
const OWNERLESS_RATE = /矛盾纠纷(?=综合化解率)/g;
// 行政复议阶段矛盾纠纷实质性化解率: in a sentence of review, the disputes resolved in substance are review's; alone (全市矛盾
// 纠纷实质化解率达98%) the word 矛盾纠纷 still decides.
const RESOLVED_IN_SUBSTANCE = /矛盾纠纷(?=实质性?化解率)/g;

// …新收行政复议案件10059件,超过法院新收一审行政诉讼案件近60%;受理案件8250件: a clause that measures the figure before
// it against another thing names that thing, not the subject of the figures after it (in its sentence or the next).
// 案件量首次超过一审行政诉讼案件: after a few words of its own subject, too — not a rate above a number (调解成功率超过98%).
const MEASURED_AGAINST =
  /(?:^|[,;])(?:[^,;\d]{0,12}?(?:超过|超出|高于|低于|多于|少于|相当于|远超)(?![\d约近])[^,;]*|是[^,;]{0,24}倍)/g;

// 其中刑事案件36件,民事案件107件,行政案件93件: 行政案件 listed with criminal and civil cases is one kind of the total's
// (legal aid's), not litigation's subject for the clauses after it.
const KIND_AFTER_OTHER_KINDS = /(?<=(?:刑事|民事)[^。;]{0,20})行政(?:诉讼)?案件/g;

/** Is the figure's own clause 行政案件 listed after criminal or civil cases (one kind of the cases counted)? */
export function listedAfterOtherKinds(earlier: string, local: string): boolean {
  for (const m of (earlier + local).matchAll(KIND_AFTER_OTHER_KINDS))
    if (m.index >= earlier.length) return true;
  return false;
}

// 行政调解受理795件,调处673件: a clause of a bare verb names no subject of its own; it goes on with the kind of mediation
// the clause before named, when that is not people's.
const BARE_VERB = /^(?:共|已|累计)?(?:调处|调解|化解)(?:成功)?$/;

export function topicOf(
  rawLocal: string,
  following: string,
  rawEarlier: string,
  rawPrevious = '',
  heading = '',
): Topic | null {
  // 民事案件218件,刑事案件131件,行政案件19件: 行政案件 listed after the other kinds is one kind of the page's cases.
  const owned = (rawEarlier + rawLocal)
    .replace(KIND_AFTER_OTHER_KINDS, (kind) => '□'.repeat(kind.length))
    .slice(rawEarlier.length)
    .replace(OWNERLESS_RATE, '');
  const local = /复议/.test(rawEarlier + rawLocal) ? owned.replace(RESOLVED_IN_SUBSTANCE, '') : owned;
  const earlier = rawEarlier.replace(MEASURED_AGAINST, '').replace(KIND_AFTER_OTHER_KINDS, '');
  const previous = rawPrevious.replace(MEASURED_AGAINST, '');
  const inSentence = (table: ReturnType<typeof compile>): Topic | null =>
    nearest(local, true, table) ?? nearest(following, false, table) ?? nearest(earlier, true, table);
  // A sentence without a strong word of its own continues the paragraph's subject (受理1033件 after
  // 区政府共收到行政复议申请1113件。): the strong word nearest before it decides before its weak words.
  if (BARE_VERB.test(local) && nearest(earlier, true, STRONG) === 'other') return 'other';
  // (Then the heading above the lines, where neither names one: 🔹关键词:行政复议 / … / ✅ 受理1,702件.)
  return (
    inSentence(STRONG) ??
    nearest(previous, true, STRONG) ??
    nearest(heading, true, STRONG) ??
    inSentence(WEAK)
  );
}
