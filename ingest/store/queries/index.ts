// The query library: every read the explorer and the API make, each a cypher/*.cypher file behind
// a typed function returning plain JSON.
export * from './options.ts';
export * from './graph-overview.ts';
export * from './comentions-among.ts';
export * from './search-entities.ts';
export * from './entity-detail.ts';
export * from './entity-mentions.ts';
export * from './edge-evidence.ts';
export * from './neighbourhood.ts';
export * from './shortest-path.ts';
export * from './home-view.ts';
export * from './timeline.ts';
export * from './graph-stats.ts';
export * from './date-histogram.ts';
export * from './relations.ts';
export * from './articles.ts';
