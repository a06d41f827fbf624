import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDotEnv } from '../../ingest/config.ts';

const emptyDir = (): string => mkdtempSync(join(tmpdir(), 'kg-config-'));

describe('config', () => {
  it('should default to the local Neo4j, port 8080 on loopback and data/ in the working directory', () => {
    const dir = emptyDir();
    const config = loadConfig({}, dir);
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4jDataDir).toBe(join(dir, 'data', 'neo4j'));
  });

  it('should read .env and let the environment win over it', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, '.env'), '# comment\nexport NEO4J_URI="bolt://127.0.0.1:7999"\nPORT=9000 # inline\nNEO4J_USER=alice\n');
    const config = loadConfig({ NEO4J_USER: 'bob' }, dir);
    expect(config.neo4jUri).toBe('bolt://127.0.0.1:7999');
    expect(config.port).toBe(9000);
    expect(config.neo4jUser).toBe('bob');
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a port number/],
    ['PORT', '70000', /PORT must be a port number/],
    ['NEO4J_URI', 'http://127.0.0.1:7474', /NEO4J_URI must use bolt:\/\/ or neo4j:\/\//],
    ['NEO4J_URI', 'not a uri', /NEO4J_URI is not a URI/],
    ['NEO4J_DATABASE', 'x y', /NEO4J_DATABASE is not a valid database name/],
    ['HOST', 'example host', /HOST must be an IP address/],
  ])('should reject %s=%s with one line naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value }, emptyDir());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('should name the line of a malformed .env', () => {
    expect(() => parseDotEnv('PORT=1\nthis is not valid\n')).toThrow(/\.env line 2/);
  });
});
