// Test runner configuration. One real Neo4j serves the whole run (test/setup/neo4j-global.ts);
// files run one after another because they share that database and clear it between files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    globalSetup: ["test/setup/neo4j-global.ts"],
  },
});
