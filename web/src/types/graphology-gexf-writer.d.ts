// graphology-gexf's writer on its own: its browser entry also loads the parser, which needs a DOMParser
// at import (absent in Node, where the export is tested) and is code the explorer never runs.
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
