// Test runner configuration: three projects, chosen by a test file's name so a new test lands in the
// right one by where it is written (README, "Tests"):
//   unit         *.test.ts           no Neo4j, no browser, no JVM; files run in parallel
//   integration  *.int.test.ts       the shared test Neo4j (or a JVM of their own); one file at a time
//   browser      *.browser.test.ts   Debian's Chromium over the built app and the test Neo4j; one at a time
// Integration and browser share one Neo4j (test/setup/neo4j-global.ts) and clear it per file, so they
// run after the unit project (sequence.groupOrder) and never beside each other.
import { defineConfig } from 'vitest/config';

const INTEGRATION = 'test/**/*.int.test.ts';
const BROWSER = 'test/**/*.browser.test.ts';
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
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          globalSetup: [NEO4J_SETUP],
          provide: { testProject: 'integration' },
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
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
