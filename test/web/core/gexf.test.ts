import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { rgb, viewToGexf, type Display } from '../../../web/src/core/export/index.ts';
import { buildGraph } from '../../../web/src/core/graph/index.ts';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const view = buildGraph({
  nodes: [
    { id: 'person:马斯克', name: '马斯克', type: 'Person', mentionCount: 10 },
    { id: 'organization:特斯拉', name: '特斯拉', type: 'Organization', mentionCount: 5 },
    { id: 'person:x', name: '<script>alert("x")</script> & 李', type: 'Person', mentionCount: 2 },
    { id: 'place:上海', name: '上海', type: 'Place', mentionCount: 1 },
  ],
  edges: [
    { source: 'person:马斯克', target: 'organization:特斯拉', weight: 3, articleCount: 2 },
    { source: 'person:x', target: 'person:马斯克', weight: 1, articleCount: 1 },
    { source: 'place:上海', target: 'person:马斯克', weight: 1, articleCount: 1 },
  ],
});
const display: Display = {
  isVisible: (id) => id !== 'place:上海',
  color: (id) => (id.startsWith('person') ? '#e4572e' : '#2e86ab'),
  size: (id) => (id === 'person:马斯克' ? 12 : 4),
};
const xml = viewToGexf(view, display);

/** Strict XML: any warning or error of the parser fails the test. */
function strictDocument(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      problems.push(`${level}: ${String(message)}`);
    },
  }).parseFromString(text, 'application/xml');
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

describe('GEXF export', () => {
  it('should be well-formed XML declaring the GEXF 1.3 and viz namespaces exactly', () => {
    const doc = strictDocument(xml);
    const root = doc.documentElement;
    expect(root.localName).toBe('gexf');
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns:viz')).toBe(VIZ_NS);
    expect(xml).not.toContain(':///');
  });

  it('should put every viz element in the viz namespace, with r, g and b colours and a position', () => {
    const doc = strictDocument(xml);
    const nodes = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'node'));
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      const color = node.getElementsByTagNameNS(VIZ_NS, 'color')[0]!;
      expect(['r', 'g', 'b'].map((k) => Number(color.getAttribute(k)))).toEqual(node.getAttribute('id')!.startsWith('person') ? [228, 87, 46] : [46, 134, 171]);
      expect(node.getElementsByTagNameNS(VIZ_NS, 'size')).toHaveLength(1);
      expect(node.getElementsByTagNameNS(VIZ_NS, 'position')).toHaveLength(1);
    }
    const prefixed = xml.match(/<viz:\w+/g) ?? [];
    expect(doc.getElementsByTagNameNS(VIZ_NS, '*').length).toBe(prefixed.length);
  });

  it('should read back with graphology-gexf: the visible nodes, their edges, labels (HTML as text), sizes and colours', () => {
    const back = parse(Graph, xml);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute('person:x', 'label')).toBe('<script>alert("x")</script> & 李');
    expect(back.getNodeAttribute('person:马斯克', 'label')).toBe('马斯克');
    expect(back.getNodeAttribute('person:马斯克', 'size')).toBe(12);
    expect(back.getNodeAttribute('person:马斯克', 'color')).toBe('rgb(228,87,46)');
    expect(back.getNodeAttribute('organization:特斯拉', 'mentionCount')).toBe(5);
    expect(back.hasNode('place:上海')).toBe(false);
  });

  it('should fail a document with a bad namespace declaration or a stray tag (the check bites)', () => {
    const problems: string[] = [];
    new DOMParser({ errorHandler: (level: string, message: unknown) => void problems.push(`${level}: ${String(message)}`) }).parseFromString(
      '<gexf xmlns="http://gexf.net/1.3"><graph></gexf>',
      'application/xml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('should write #rgb and #rrggbb as rgb() and leave other colours alone', () => {
    expect(rgb('#fff')).toBe('rgb(255,255,255)');
    expect(rgb('#2E86AB')).toBe('rgb(46,134,171)');
    expect(rgb('rgba(1,2,3,0.5)')).toBe('rgba(1,2,3,0.5)');
  });
});
