// The title lexicon of the role pass: the job titles Chinese news puts before a name (外交部发言人
// 毛宁, 特斯拉CEO马斯克) or after it (普京总统), in simplified characters, with their modifiers
// (副, 代, 常务, 原, 前, 驻 + place) and a normalized form (外长 = 外交部长, 执行长 = CEO =
// 首席执行官). Written for this project from common news usage; matched right to left, longest
// first, so a title is found in time proportional to its length.

/** Titles that stand alone. Compounds (外交部长, 董事会主席) are listed so the longest wins. */
const BASE = `
总统 副总统 总理 国务总理 首相 主席 国家主席 委员长 委员 常委 书记 总书记 第一书记 部长 外长 防长 财长 国务卿 国务委员 外相 防相
外交部长 国防部长 财政部长 商务部长 交通部长 司法部长 内政部长 教育部长 卫生部长 能源部长 经济部长 农业部长 劳工部长
外交大臣 国防大臣 财政大臣 内政大臣 大臣 议长 国会议长 众议院议长 参议员 众议员 议员 立委 立法委员 州长 省长 市长 县长
区长 镇长 乡长 村长 局长 厅长 处长 司长 署长 院长 检察长 总检察长 法官 首席大法官 大法官 大使 公使 总领事 领事 特使
特别代表 代表 人大代表 发言人 新闻发言人 秘书长 主任 组长 队长 会长 理事长 董事长 董事会主席 董事 总裁 行长 首席执行官
执行长 首席运营官 首席财务官 首席技术官 首席科学家 首席经济学家 总经理 经理 创始人 创办人 联合创始人 合伙人 记者
特约记者 通讯员 主编 总编辑 社长 台长 校长 教授 研究员 主管 科学主管 总工程师 总指挥 司令 司令员 总司令 参谋长 政委
候选人 党主席 主委 干事长 书记长 总召 召集人 总召集人 阁揆 领导人 国王 女王 王储 总督 特首 行政长官 主教练 教练 监事长 负责人 首席代表 总监 幕僚长
CEO COO CFO CTO
`;

/** Bodies a title is often written with (省委书记, 党委副书记): body + (副)title is one title. */
const BODY_TITLES: readonly [string[], string[]] = [
  ['省委', '市委', '县委', '区委', '党委', '党组', '纪委', '中央'],
  ['书记', '副书记', '常委', '委员'],
];

/** Modifiers written before a title (副总理, 常务副市长, 前总统, 新任总裁), longest first. */
export const TITLE_MODIFIERS: readonly string[] = [
  '常务副',
  '执行副',
  '常务',
  '第一副',
  '新任',
  '现任',
  '候任',
  '署理',
  '首任',
  '名誉',
  '荣誉',
  '副',
  '代',
  '原',
  '前',
];

/** Modifiers that mean a former holder: the normalized title leaves them out (前总理 → 总理). */
const FORMER = ['原', '前'];

/** Title → normalized title, where two words name one post. */
const SAME_POST: Readonly<Record<string, string>> = {
  外长: '外交部长',
  防长: '国防部长',
  财长: '财政部长',
  执行长: '首席执行官',
  CEO: '首席执行官',
  COO: '首席运营官',
  CFO: '首席财务官',
  CTO: '首席技术官',
  创办人: '创始人',
  新闻发言人: '发言人',
  特首: '行政长官',
  立委: '立法委员',
  总召: '总召集人',
  阁揆: '行政院长',
  董事会主席: '董事长',
};

function buildTitles(): Set<string> {
  const titles = new Set(BASE.split(/\s+/).filter((w) => w !== ''));
  for (const body of BODY_TITLES[0]) for (const t of BODY_TITLES[1]) titles.add(body + t);
  return titles;
}

/** Every title of the lexicon, in simplified characters (Latin ones upper-case). */
export const TITLES: ReadonlySet<string> = buildTitles();

/** Length of the longest title, in code units: how far a right-to-left match looks. */
export const MAX_TITLE_LENGTH = Math.max(...[...TITLES].map((t) => t.length));

/**
 * The normalized form of a title as written (simplified): the longest lexicon title it ends with in
 * its normalized form, after what comes before it (副, 驻俄罗斯); 原/前 left out, since the person
 * held the post (前总理 → 总理).
 */
export function normalizeTitle(title: string): string {
  let t = title.replace(/[a-z]+/g, (w) => w.toUpperCase());
  while (FORMER.some((f) => t.startsWith(f)) && t.length > 1 && TITLES.has(t) === false) t = t.slice(1);
  for (let i = 0; i < t.length; i++) {
    const base = t.slice(i);
    if (TITLES.has(base)) return t.slice(0, i) + (SAME_POST[base] ?? base);
  }
  return t;
}
