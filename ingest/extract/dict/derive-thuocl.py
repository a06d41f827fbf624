import re
# Places: THUOCL diming entries with administrative suffixes (and their bases for 省/市/县/自治区/特别行政区).
rows=[l.split('\t') for l in open('../shared/gazetteers/thuocl/THUOCL_diming.txt',encoding='utf-8-sig').read().replace('\r','\n').split('\n') if '\t' in l]
jd={}
for l in open('node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',encoding='utf-8'):
    p=l.split()
    if len(p)>=3: jd[p[0]]=p[2]
EXCLUDE=set('直辖市 直辖 行政区 中心区 经开区 县级市 县级 在城镇 自治州 自治县 自治 自治区 生活区 省辖市 省辖 省军区 省市区 地级市 地级 市辖区 市区 城区 郊区 新区 老区 山区 景区 社区 小区 辖区 园区 片区 街区 校区 厂区 矿区 灾区 疫区 牧区 林区 湖区 港区 特区 开发区 保护区 示范区 试验区 实验区 风景区 管理区 商业区 工业区 住宅区 居住区 功能区 核心区 中心城区 主城区 县城 全市 全省 全县 本市 该市 该县 各省 各市 我市 我省 我县'.split())
# Generic heads: 花园小区, 出口加工区, 宿县地区 and 永辉超市 are no administrative names.
HEADS=('小区','社区','景区','示范区','示范园区','加工区','地区','超市')
def generic(w):
    if w in EXCLUDE or w.endswith(HEADS): return True
    t=jd.get(w)
    return t is not None and t not in ('ns','nr','nrt','nz','nt','j')
out={}
for w,c in rows:
    w=w.strip(); c=re.sub(r"\D","",c) or "0"; c=int(c)
    if c<30 or not re.fullmatch(r'[\u4e00-\u9fff]{3,10}',w): continue
    m=re.fullmatch(r'(.{2,}?)(特别行政区|自治区|自治州|自治县|省|市|县|区|州|镇|乡|旗|盟)',w)
    if not m: continue
    if generic(w) or generic(m.group(1)) and m.group(2) not in ('省','市','县'): continue
    out[w]=max(out.get(w,0),c)
    if m.group(2) in ('省','市','县','自治区','特别行政区') and len(m.group(1))>=2 and not generic(m.group(1)):
        out[m.group(1)]=max(out.get(m.group(1),0),c)
# Chains (河北省承德市, 温州市鹿城区) are two places, each found on its own: drop the chain.
def chain(w):
    # The base of a chain cut one character after its province (河北省沧 of 河北省沧县) is a fragment.
    if re.fullmatch(r'.{2,}(省|自治区).',w): return True
    for m in re.finditer(r'(省|市|自治区)',w[:-2]):
        head=w[:m.end()]
        if len(head)>=3 and (head in out or head[:-len(m.group(1))] in out or re.search(r'(市|区|县|镇|乡|州|旗)$',w[m.end():])): return True
    return False
out={w:c for w,c in out.items() if not chain(w)}
with open('ingest/extract/dict/places-thuocl.txt','w',encoding='utf-8') as f:
    f.write('# Derived from THUOCL_diming.txt (THUOCL, Tsinghua University, MIT licence): entries with an\n# administrative suffix and count >= 30, without words the nodejieba dictionary tags as common nouns, generic heads (小区, 地区, 超市) or\n# chains of two places (河北省承德市), plus the bare names of 省/市/县. Format: word<TAB>count.\n')
    for w,c in sorted(out.items(), key=lambda x:-x[1]): f.write(f'{w}\t{c}\n')
print(len(out))
rows=[l.split('\t') for l in open('../shared/gazetteers/thuocl/THUOCL_lishimingren.txt',encoding='utf-8-sig').read().split('\n') if '\t' in l]
ppl=[(w.strip(),int(re.sub(r"\D","",c) or 0)) for w,c in rows if int(re.sub(r"\D","",c) or 0)>=50 and re.fullmatch(r'[\u4e00-\u9fff•·]{2,8}',w.strip())]
with open('ingest/extract/dict/people-thuocl.txt','w',encoding='utf-8') as f:
    f.write('# Derived from THUOCL_lishimingren.txt (THUOCL, Tsinghua University, MIT licence): names of\n# 2-8 Han characters with count >= 50. Format: word<TAB>count.\n')
    for w,c in ppl: f.write(f'{w}\t{c}\n')
print(len(ppl))
