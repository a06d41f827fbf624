// Data tests read from outside the repository: the seed article and the evaluation corpora live in
// ../shared next to this repository (never an absolute path of one machine), and a test whose data
// is missing fails saying where the data goes, rather than skipping or falling back to a shorter text.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');

/** `<repo>/../shared/<path>`. */
export const sharedPath = (path: string): string => resolve(SHARED_DIR, path);

/** The seed article every extraction test reads. */
export const SEED_PATH = sharedPath('corpus/seed-2024-05-05-zhongmei-ai.txt');

/** Returns `path` when it exists; otherwise throws an error naming the data and where it goes. */
export function requireData(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `test/setup/shared-data: ${what} is missing; put it at ${path} (${relative(REPO_ROOT, path)} from the repository). ` +
        'See ../shared/eval/README.md and ../shared/corpus/README.md for what these files are.',
    );
  }
  return path;
}

/** The text of a data file that must be there (see requireData). */
export const readData = (path: string, what: string): string => readFileSync(requireData(path, what), 'utf8');

/** The seed article's text. */
export const seedText = (): string => readData(SEED_PATH, 'the seed article (seed-2024-05-05-zhongmei-ai.txt)');

/** What readData says is missing when a test reads the evaluation corpora (paths from ingest/extract). */
export const MSRA_DATA = 'the MSRA NER training set (../shared/eval/msra/train.bio, or the file env MSRA_TRAIN names)';
export const CLUENER_DEV_DATA = 'the CLUENER2020 dev split (../shared/eval/cluener/dev.json, or the file env CLUENER_DEV names)';
