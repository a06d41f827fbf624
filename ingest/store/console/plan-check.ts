// The console's security boundary: a query runs only if Neo4j's own EXPLAIN of it says it reads.
// The query type must be "r", and every operator of the plan must be on an allowlist of read
// operators; a procedure call must name an allowlisted read-only procedure. Anything else — LOAD
// CSV, SHOW/TERMINATE TRANSACTIONS, SHOW SETTINGS, writes, schema or admin commands, or an operator
// a future Neo4j adds — is refused, because what is not known to read is not admitted.
import type { ResultSummary } from 'neo4j-driver';
import { ConsoleQueryError } from './errors.ts';

const MODULE = 'store/console/plan-check';

/** Neo4j 5 operators that only read the graph or compute over rows (names without "@db" or "(…)"). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves: scans and seeks
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeIndexScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  // traversal
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'Trail',
  'NullifyMetadata',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'BFSPruningVarExpand',
  // rows
  'ProduceResults',
  'Projection',
  'Filter',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Aggregation',
  'Unwind',
  'CacheProperties',
  'Eager',
  'Optional',
  'Anti',
  'Union',
  'OrderedUnion',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'AssertSameNode',
  'AssertSameRelationship',
  'EmptyResult',
  // subqueries and predicates
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  // calls, admitted further only for READ_PROCEDURES
  'ProcedureCall',
  // schema listings (names of indexes, constraints, procedures and functions; no data, no secrets)
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);

/** Procedures that only read the graph's data or schema. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.ping',
]);

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** "Expand(All)@neo4j" → "Expand"; Enterprise's parallel runtime prefixes scans with "Partitioned". */
export function operatorName(operatorType: string): string {
  return operatorType
    .replace(/@.*$/, '')
    .replace(/\(.*\)$/, '')
    .replace(/^Partitioned/, '');
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
export function procedureName(details: unknown): string {
  return String(details ?? '')
    .replace(/\(.*$/s, '')
    .replace(/`/g, '')
    .trim();
}

/** Every reason the plan is not a plain read, empty when it is. */
export function planViolations(plan: PlanNode): string[] {
  const found: string[] = [];
  const visit = (node: PlanNode): void => {
    const name = operatorName(node.operatorType);
    if (!READ_OPERATORS.has(name)) found.push(`the plan uses ${name}, which is not a read operator`);
    else if (name === 'ProcedureCall') {
      const procedure = procedureName(node.arguments.Details);
      if (!READ_PROCEDURES.has(procedure)) found.push(`procedure ${procedure || '(unnamed)'} is not on the console's list of read-only procedures`);
    }
    for (const child of node.children) visit(child);
  };
  visit(plan);
  return [...new Set(found)];
}

/** Admits the EXPLAIN summary of a read query; throws a 'refused' ConsoleQueryError otherwise. */
export function admitPlan(summary: Pick<ResultSummary, 'queryType' | 'plan'>): void {
  if (summary.queryType !== 'r') {
    const what =
      summary.queryType === 'w' || summary.queryType === 'rw' ? 'it writes to the database' : 'it changes the schema or runs an administrative command';
    throw new ConsoleQueryError(
      'refused',
      `${MODULE}: refused: ${what} (EXPLAIN reports query type "${summary.queryType}"); the console runs read-only queries only`,
    );
  }
  if (!summary.plan) throw new ConsoleQueryError('refused', `${MODULE}: refused: Neo4j returned no plan to check; the console runs only queries it can verify`);
  const violations = planViolations(summary.plan as PlanNode);
  if (violations.length > 0) throw new ConsoleQueryError('refused', `${MODULE}: refused: ${violations.join('; ')}; the console runs read-only queries only`);
}
