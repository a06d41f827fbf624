// One extraction worker thread: loads the extractor once (the NER model and dictionaries), then
// answers each article with its extraction before resolution and the same resolved within the
// article (both pure; ingest-documents.ts resolves across articles in the main thread, against the
// store). An article that throws is answered with its error; the worker lives on.
import { parentPort, workerData } from 'node:worker_threads';
import { bundledDictionaries } from '../extract/dictionaries.ts';
import { loadExtractor, useExtractor } from '../extract/extractor.ts';
import { extractUnresolved } from '../extract/pipeline.ts';
import { knowledgeFor, resolveArticle } from '../resolve/index.ts';
import type { ExtractRequest, ExtractReply, WorkerInit } from './messages.ts';

const init = workerData as WorkerInit;
const port = parentPort!;

try {
  const extractor = useExtractor(loadExtractor({ mode: init.mode, modelPath: init.modelPath }));
  const knowledge = knowledgeFor(bundledDictionaries());
  port.on('message', (req: ExtractRequest) => {
    let reply: ExtractReply;
    try {
      const raw = extractUnresolved(req.article);
      reply = { id: req.id, ok: true, raw, own: resolveArticle(raw, { knowledge }) };
    } catch (err) {
      reply = { id: req.id, ok: false, reason: err instanceof Error ? err.name : 'error', message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true, status: extractor.status });
} catch (err) {
  port.postMessage({ ready: false, message: err instanceof Error ? err.message : String(err) });
}
