// What a personal name looks like: Chinese surnames, the characters Xinhua-style transliteration
// of foreign names uses, and the titles news puts before a name (国务卿布林肯, 总理李强).
// Shared by the name rules and by validation of statistical spans.
import { hasUnit, unitsMatching } from '../code-units.ts';
import { stableSort } from '../stable-sort.ts';

/** What follows a surname where the text addresses someone instead of naming them (张大爷, 李阿姨, 王师傅). */
export const FORMS_OF_ADDRESS = ['大爷', '大妈', '大娘', '大叔', '大婶', '阿姨', '阿婆', '奶奶', '爷爷', '婆婆', '老汉', '老太', '老伯', '师傅'];

/** Common single-character surnames (top ~200 of the 百家姓 by population) and compound ones. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝傅'.split(
    '',
  ),
);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '司徒', '令狐', '夏侯'];

/** Characters of transliterated foreign names (Xinhua's table, most frequent part; feminine endings 娅, 丝, 妮, 娃). */
export const TRANSLIT = new Set(
  '娅丝妮娃兹阿埃艾爱安昂敖奥巴拜班邦宝保鲍贝本比彼毕宾波玻伯勃博布査查达戴丹道德登邓迪蒂丁东杜敦顿多厄恩尔法凡菲费芬丰冯弗福富伽盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀惠霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里理利丽莉连林琳留卢鲁伦罗洛吕马玛迈麦曼芒梅门蒙米密明缪摩莫墨姆穆纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮平珀普奇齐契恰乔切钦琼丘屈萨赛塞桑瑟森沙莎珊尚绍舍申什施史舒斯松苏索塔泰坦汤唐特提田廷通图托瓦万旺威韦维温沃乌武西希锡夏谢辛欣休修雅亚扬杨耶伊因英尤于约泽扎詹佐隆书翰治得夫历白龙京茨朔肖蓬卓捷'.split(
    '',
  ),
);

/** The last character of a body's name (委员会, 党团, 政府, 法院 …): a name ending so is a body's. */
export const BODY_END = /[会院部局府团组处室署厅委党社台所]$/u;

/** Titles and roles written directly before a name. Longest first so 国务卿 beats 卿. */
export const TITLES = [
  '国家主席',
  '国务委员',
  '国务卿',
  '总书记',
  '副总理',
  '总理',
  '副总统',
  '总统',
  '首相',
  '副主席',
  '主席',
  '部长',
  '外长',
  '防长',
  '大使',
  '发言人',
  '议长',
  '议员',
  '立委',
  '总召',
  '阁揆',
  '州长',
  '市长',
  '省长',
  '书记',
  '主任',
  '局长',
  '厅长',
  '院长',
  '校长',
  '所长',
  '会长',
  '秘书长',
  '顾问',
  '董事长',
  '总裁',
  '总经理',
  'CEO',
  '首席执行官',
  '创始人',
  '联合创始人',
  '创办人',
  '董事',
  '经理',
  '教授',
  '研究员',
  '学家',
  '科学家',
  '专家',
  '分析师',
  '作家',
  '编剧',
  '导演',
  '演员',
  '歌手',
  '主持人',
  '记者',
  '通讯员',
  '律师',
  '法官',
  '检察长',
  '将军',
  '司令',
  '总统候选人',
  '候选人',
  '第一夫人',
  '夫人',
  '选手',
  '球员',
  '教练',
  '主教练',
  '运动员',
  '队长',
  '老师',
  '医生',
  '博士',
  '院士',
].sort((a, b) => b.length - a.length);

/** TITLES by their first code unit, longest first: a scan tries only the titles that can start at an offset. */
const TITLES_BY_FIRST = new Map<number, string[]>();
/** A bit per first code unit of a title: one read rules out most offsets of a text (8 KB, not 64). */
const TITLE_FIRST = new Int32Array(0x10000 >>> 5);
for (const title of TITLES) {
  const first = title.charCodeAt(0);
  (TITLES_BY_FIRST.get(first) ?? TITLES_BY_FIRST.set(first, []).get(first)!).push(title);
  TITLE_FIRST[first >>> 5]! |= 1 << (first & 31);
}

const NO_TITLES: readonly string[] = [];

/** The titles written at `offset` of `text`, longest first (TITLES order). */
export function titlesAt(text: string, offset: number): readonly string[] {
  const candidates = TITLES_BY_FIRST.get(text.charCodeAt(offset));
  if (candidates === undefined) return NO_TITLES;
  let found: string[] | undefined;
  for (const title of candidates) if (text.startsWith(title, offset)) (found ??= []).push(title);
  return found ?? NO_TITLES;
}

/** Position of each title in TITLES, the order titledNames proposes names in. */
const TITLE_RANK = new Map(TITLES.map((title, k) => [title, k]));

/** Every title written in `text` with its offset: TITLES order, then text order. */
export function titleOffsets(text: string): { title: string; offset: number }[] {
  // One pass over the text instead of one indexOf scan per title (75 passes over a long text);
  // the stable sort then puts the hits, found in text order, in TITLES order.
  // Each hit carries its title's rank, so the sort compares numbers instead of two Map lookups.
  const hits: { title: string; offset: number; rank: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((TITLE_FIRST[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
    for (const title of titlesAt(text, i)) hits.push({ title, offset: i, rank: TITLE_RANK.get(title)! });
  }
  return stableSort(hits, (a, b) => a.rank - b.rank);
}

/** Words after a name that mark it as a person (傅莹女士). */
export const NAME_SUFFIXES = ['女士', '先生', '同志', '教授', '博士', '院士', '老师'];

let hanBits: Int32Array | undefined;

/**
 * The code unit `c` (as charCodeAt gives it; NaN off a text's ends) is a Han character: exactly
 * what /\p{Script=Han}/u says of the one-unit string (code-units.ts; the table is built on first
 * use). A surrogate half is not, so a text scanned by code unit needs the regex wherever a
 * character outside the BMP could decide.
 */
export function isHanCode(c: number): boolean {
  hanBits ??= unitsMatching('\\p{Script=Han}');
  return hasUnit(hanBits, c);
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? isHanCode(ch.charCodeAt(0)) : /\p{Script=Han}/u.test(ch);
}

/** Plausible Chinese personal name: surname + one or two given characters. */
export function looksLikeChineseName(s: string): boolean {
  if (s.length < 2 || s.length > 4 || ![...s].every((c) => isHan(c))) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.has(s[0]!) && s.length <= 3;
}

/** Plausible transliterated name part: only transliteration characters. */
export function looksLikeTransliteration(s: string): boolean {
  return s.length >= 2 && [...s].every((c) => TRANSLIT.has(c));
}
