// Collects the nodes and relationships found anywhere in console rows (values, lists, maps, paths),
// so the explorer can draw any result as a graph as well as a table.
import neo4j from 'neo4j-driver';
import { toPlain, type Plain } from '../plain.ts';

export interface GraphNodeJson {
  id: string;
  labels: string[];
  properties: Record<string, Plain>;
}

export interface GraphRelationshipJson {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Plain>;
}

export class GraphCollector {
  readonly nodes = new Map<string, GraphNodeJson>();
  readonly relationships = new Map<string, GraphRelationshipJson>();

  /** Adds what `value` holds; returns the JSON size of what was new, for the console's byte cap. */
  visit(value: unknown): number {
    if (value === null || typeof value !== 'object') return 0;
    if (value instanceof neo4j.types.Node) {
      if (this.nodes.has(value.elementId)) return 0;
      const node = { id: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) as Record<string, Plain> };
      this.nodes.set(node.id, node);
      return JSON.stringify(node).length;
    }
    if (value instanceof neo4j.types.Relationship) {
      if (this.relationships.has(value.elementId)) return 0;
      const rel = {
        id: value.elementId,
        type: value.type,
        start: value.startNodeElementId,
        end: value.endNodeElementId,
        properties: toPlain(value.properties) as Record<string, Plain>,
      };
      this.relationships.set(rel.id, rel);
      return JSON.stringify(rel).length;
    }
    let size = 0;
    if (value instanceof neo4j.types.Path) {
      size += this.visit(value.start);
      for (const s of value.segments) size += this.visit(s.relationship) + this.visit(s.end);
    } else if (Array.isArray(value)) {
      for (const v of value) size += this.visit(v);
    } else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value)) size += this.visit(v);
    }
    return size;
  }
}
