// Issue 15, places by class (rules/place-rules.ts): 大陆 standing for mainland China (the real-news
// guidelines and MSRA agree), not a continent or geology; towns and roads an address chains after
// their district. Invented sentences.
import { describe, expect, it } from 'vitest';
import { bundledDictionaries } from '../../../../ingest/extract/dictionaries.ts';
import { addressPlaces, foreignCities, foreignDivisions, mainland } from '../../../../ingest/extract/rules/place-rules.ts';
import { TokenIndex, tokenize } from '../../../../ingest/extract/tokens.ts';

const found = (text: string): string[] => mainland(text, new TokenIndex(tokenize(text), text.length)).map((c) => c.text);

describe('mainland', () => {
  it('should read 大陆 standing for mainland China as a place', () => {
    expect(found('两位大陆导演获奖,大陆当局尚未回应。')).toEqual(['大陆', '大陆']);
    expect(found('法院审理与大陆有关的案件。')).toEqual(['大陆']);
  });

  it('should not read a continent, a landmass or geology as mainland China', () => {
    expect(found('非洲大陆和欧亚大陆,以及大陆架资源和新大陆。')).toEqual([]);
  });
});

describe('addressPlaces', () => {
  const address = (text: string): string[] => addressPlaces(text, new TokenIndex(tokenize(text), text.length)).map((c) => c.text);

  it('should read a town after its district and a numbered road after its town as places', () => {
    expect(address('总部位于某某省云州市青山区柳湾镇新桥路8号。')).toEqual(['柳湾镇', '新桥路']);
    expect(address('佛山市顺德区乐从镇出现病例。')).toEqual(['乐从镇']);
  });

  it('should read towns listed with 、 as places', () => {
    expect(address('病例集中在柳湾镇、石桥镇和青山镇。')).toEqual(['柳湾镇', '石桥镇']);
  });

  it('should leave a town that names a body there, and words that only end in 镇, alone', () => {
    expect(address('深圳市宝安区公明镇党委召开会议。')).toEqual([]);
    expect(address('全市城镇居民收入增加,该县乡镇干部到场。')).toEqual([]);
  });
});

describe('foreignDivisions', () => {
  const foreign = (text: string): string[] => foreignDivisions(text, bundledDictionaries()).map((c) => c.text);

  it('should read a city or state in transliteration right after its country as a place', () => {
    expect(foreign('工厂建在匈牙利佩奇市,另一座在美国阿拉巴马州。')).toEqual(['佩奇市', '阿拉巴马州']);
  });

  it('should not read a city with no country before it, or a Chinese city, as one', () => {
    expect(foreign('他在佩奇市和杭州市工作。')).toEqual([]);
  });
});

describe('foreign cities after their country and a word for a town', () => {
  const cities = (text: string): string[] => foreignCities(text, bundledDictionaries(), new TokenIndex(tokenize(text), text.length)).map((c) => c.text);

  it('should read a transliterated name after 某国(某部)城市 as a place, without the verb after it', () => {
    expect(cities('车企在德国南部城市奥格斯堡建厂。')).toEqual(['奥格斯堡']);
    expect(cities('工厂位于匈牙利西北部城市杰尔设厂组装。')).toEqual(['杰尔']);
  });

  it('should read nothing after a word for a town that follows no country', () => {
    expect(cities('他住在城市科尔附近,美国城市规划局发布报告。')).toEqual([]);
  });
});

describe('the places gazetteer', () => {
  it('should hold no province cut one character into the city after it (某省沧 of 某省沧县)', () => {
    const lexicon = bundledDictionaries().lexicon;
    expect(lexicon.get('河北省沧')).toBeUndefined();
    expect(lexicon.get('四川省达')).toBeUndefined();
    expect(lexicon.get('沧州市')?.type).toBe('Place');
  });
});
