import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to embedded SQLite under ./data in the demo profile with GraphiQL', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: 'file:./data/creatorgraph.sqlite',
      PORT: 4000,
      PROFILE: 'demo',
      GRAPHIQL: true,
    });
  });

  it('turns GraphiQL off by default in production and reads explicit values', () => {
    const config = loadConfig({ PROFILE: 'production', PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(config).toMatchObject({ PROFILE: 'production', PORT: 8080, GRAPHIQL: false });
    expect(loadConfig({ PROFILE: 'production', GRAPHIQL: 'true' }).GRAPHIQL).toBe(true);
  });

  it('names every bad variable in one clear error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PROFILE: 'staging', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.map((i) => i.variable).sort();
    expect(issues).toEqual(['DATABASE_URL', 'PORT', 'PROFILE', 'REDIS_URL']);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect((error as Error).message).toMatch(/Invalid configuration:\n {2}.*PORT/s);
  });
});
