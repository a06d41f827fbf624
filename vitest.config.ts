// Test runner configuration: projects chosen by a test file's name so a new test lands in the right
// one by where it is written (README, "Tests"):
//   unit         *.test.ts           no Neo4j, no browser, no JVM; files run in parallel
//   integration  *.int.test.ts       the shared test Neo4j (or a JVM of their own); one file at a time
//   browser      *.browser.test.ts   Debian's Chromium over the built app and the test Neo4j; one at a time
//   jvm          OWN_JVM below       integration files that start a Neo4j JVM of their own and never
//                                    touch the shared one; one at a time
// Integration and browser share one Neo4j (test/setup/neo4j-global.ts) and clear it per file, so they
// run after the unit project (sequence.groupOrder) and never beside each other. `npm test`
// (test/setup/run-all.ts) runs unit and jvm in a second vitest process beside them, which starts no
// shared Neo4j: a file listed in OWN_JVM that opens the test database fails saying so (test/setup/store.ts).
import { defineConfig } from 'vitest/config';

const INTEGRATION = 'test/**/*.int.test.ts';
const BROWSER = 'test/**/*.browser.test.ts';
const OWN_JVM = [
  'test/ingest/jobs/disk-full.int.test.ts',
  'test/ingest/jobs/fault.int.test.ts',
  'test/neo4j/launcher.int.test.ts',
  'test/web/server/supervision.int.test.ts',
];
const NEO4J_SETUP = 'test/setup/neo4j-global.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [INTEGRATION, BROWSER],
          testTimeout: 60_000,
          provide: { testProject: 'unit' },
          sequence: { groupOrder: 0 },
          // Files share a worker's module cache, so the NER model and dictionaries load once per worker
          // rather than once per file; tests hold their own segmenter and tagger objects.
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: [INTEGRATION],
          exclude: OWN_JVM,
          // One after another in one worker sharing its module cache, as the browser project: the
          // app and the NER model load once for the project, not once per file (each file opens its
          // own store on the shared database and clears it).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          globalSetup: [NEO4J_SETUP],
          provide: { testProject: 'integration' },
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'jvm',
          include: OWN_JVM,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Each file's JVMs are a core's worth of work while they start; two files at once would only
          // slow each other.
          fileParallelism: false,
          provide: { testProject: 'jvm' },
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: [BROWSER],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // One after another in one worker, sharing its module cache: the NER model the fixtures
          // ingest with loads once, not once per file (each file still opens its own store, server
          // and browser: test/setup/browser.ts useExplorer).
          isolate: false,
          globalSetup: [NEO4J_SETUP],
          provide: { testProject: 'browser' },
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
