import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, DEFAULT_CONFIG, loadConfig } from '../ingest/config.ts';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { neo4j, app } = compose.services;

describe('docker-compose.yml', () => {
  it('should run Neo4j 5.26 Community with a volume and a healthcheck', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.volumes?.some((v) => v.endsWith(':/data') && v.split(':')[0]! in compose.volumes)).toBe(true);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(neo4j?.ports).toContain('7687:7687');
  });

  it('should harden Neo4j as the bundled one is: no file URLs, no URL fetches, bounded transactions', () => {
    expect(neo4j?.environment?.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe('false');
    expect(neo4j?.environment?.NEO4J_internal_dbms_cypher__ip__blocklist).toBe('0.0.0.0/0,::/0');
    expect(neo4j?.environment?.NEO4J_db_memory_transaction_max).toMatch(/^\d+[mg]$/);
  });

  it('should start the app only once Neo4j is healthy, pointing it at the neo4j service', () => {
    expect(app?.build).toBeDefined();
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('should only set variables the app reads, with values its configuration accepts', () => {
    const env = app?.environment ?? {};
    for (const name of Object.keys(env)) expect(CONFIG_VARIABLES).toContain(name);
    const config = loadConfig(env, '/nonexistent');
    expect(config.neo4jUri).toBe('bolt://neo4j:7687');
    expect(app?.ports).toContain(`${config.port}:${config.port}`);
    expect(config.host).toBe('0.0.0.0');
  });

  it('should give the app the same credentials Neo4j is created with', () => {
    const [user, password] = (neo4j?.environment?.NEO4J_AUTH ?? '').split('/');
    expect(app?.environment?.NEO4J_USER ?? DEFAULT_CONFIG.NEO4J_USER).toBe(user);
    expect(app?.environment?.NEO4J_PASSWORD).toBe(password);
  });

  it('should have a Dockerfile that runs npm start', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/CMD \["npm", "start"\]/);
    expect(dockerfile).toContain('npm ci');
  });
});
