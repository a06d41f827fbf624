// One extraction worker thread: loads the extractor once (the NER model and dictionaries), then
// answers each batch of articles, one reply per article, with its extraction before resolution and
// the same resolved within the article (both pure; ingest-documents.ts resolves across articles in
// the main thread, against the store). A batch is tagged back to back (extractUnresolvedBatch). An
// article that throws is answered with its error; the worker lives on.
import { parentPort, workerData } from 'node:worker_threads';
import { bundledDictionaries } from '../extract/dictionaries.ts';
import { loadExtractor, useExtractor } from '../extract/extractor.ts';
import { extractUnresolved, extractUnresolvedBatch } from '../extract/pipeline.ts';
import type { ArticleExtraction, ParsedArticle } from '../model.ts';
import { knowledgeFor, resolveArticle, type Knowledge } from '../resolve/index.ts';
import type { ExtractRequest, ExtractReply, WorkerInit } from './messages.ts';

const init = workerData as WorkerInit;
const port = parentPort!;

/** One article's reply: its extraction, or the error it threw. */
function replyFor(id: number, article: ParsedArticle, knowledge: Knowledge, raw?: ArticleExtraction): ExtractReply {
  try {
    const x = raw ?? extractUnresolved(article);
    return { id, ok: true, raw: x, own: resolveArticle(x, { knowledge }) };
  } catch (err) {
    return { id, ok: false, reason: err instanceof Error ? err.name : 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

try {
  const extractor = useExtractor(loadExtractor({ mode: init.mode, modelPath: init.modelPath }));
  const knowledge = knowledgeFor(bundledDictionaries());
  port.on('message', (req: ExtractRequest) => {
    let answered = 0;
    try {
      for (const raw of extractUnresolvedBatch(req.jobs.map((j) => j.article))) {
        const job = req.jobs[answered]!;
        port.postMessage(replyFor(job.id, job.article, knowledge, raw));
        answered++;
      }
    } catch {
      // An article of the batch threw: the rest one at a time, so only that one fails.
      for (const job of req.jobs.slice(answered)) port.postMessage(replyFor(job.id, job.article, knowledge));
    }
  });
  port.postMessage({ ready: true, status: extractor.status });
} catch (err) {
  port.postMessage({ ready: false, message: err instanceof Error ? err.message : String(err) });
}
