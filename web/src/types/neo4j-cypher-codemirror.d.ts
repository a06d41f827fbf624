// The package's exports map has no "types" condition, so TypeScript (moduleResolution Bundler)
// cannot find its declarations; point the bare specifier at the file it ships.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
