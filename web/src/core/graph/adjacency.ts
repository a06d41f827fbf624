// Speeds up adding many edges to a graphology graph by putting each node's adjacency table (a plain
// object keyed by neighbour id) into V8's dictionary mode before the edges come. Left as is, every
// edge adds a new property name to two such objects, and V8 builds a new hidden class for each
// addition: on a 10k-node, 50k-edge view that was about a third of the JSON → graph build, most of it
// garbage. Adding two properties and deleting the first turns an object into a hash table, where an
// insertion is just an insertion. The tables stay the same objects with the same keys: graphology sees no change.
import type Graph from 'graphology';

/** The part of graphology's private node record this module touches (graphology/src/data.js). */
interface NodeRecord {
  undirected?: object;
  out?: object;
  in?: object;
}

const PROBES = ['\u0000kg-adjacency-a', '\u0000kg-adjacency-b'];

function records(graph: Graph): Map<string, NodeRecord> {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) {
    throw new Error('web/src/core/graph/adjacency: graphology no longer keeps its nodes in graph._nodes; a graphology upgrade changed it, update this module');
  }
  return nodes as Map<string, NodeRecord>;
}

/** Turns the adjacency tables of `nodes` (default: all) into hash tables; call before adding their edges. */
export function prepareAdjacency(graph: Graph, nodes?: Iterable<string>): void {
  const all = records(graph);
  for (const key of nodes ?? all.keys()) {
    const record = all.get(key);
    if (!record) continue;
    const tables = [record.undirected, record.out, record.in].filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null);
    if (!tables.length) {
      throw new Error(
        'web/src/core/graph/adjacency: a graphology node record has no undirected, out or in table; a graphology upgrade changed it, update this module',
      );
    }
    for (const table of tables) {
      // Deleting the last property added only steps back to the previous hidden class; deleting an
      // earlier one is what makes the hash table.
      for (const p of PROBES) table[p] = true;
      for (const p of PROBES) delete table[p];
    }
  }
}
