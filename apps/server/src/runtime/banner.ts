import type { AppConfig } from '@creatorgraph/core';
import type { Logger } from 'pino';

export interface DemoKeys {
  demoKey?: string;
  otherKeys: { raw: string; organization: string }[];
}

/**
 * What a person sees once the server listens. The demo profile prints a few lines for a human (the URL,
 * the demo keys, a curl to try) on stdout; production logs one JSON line, keeping stdout machine-readable.
 */
export function announce(config: AppConfig, port: number, keys: DemoKeys, logger: Logger): void {
  const url = `http://localhost:${port}/graphql`;
  if (config.PROFILE === 'production') {
    logger.info({ host: config.HOST, port, graphiql: config.GRAPHIQL, dashboard: config.DASHBOARD }, 'listening');
    return;
  }
  const { demoKey, otherKeys } = keys;
  const lines = [
    '',
    `  creatorgraph is running: ${url}${config.GRAPHIQL ? '  (GraphiQL: open it in a browser)' : ''}`,
    ...(config.DASHBOARD ? [`  Dashboard: http://localhost:${port}/app/`] : []),
    ...(demoKey
      ? [
          `  Demo API key (admin and catalog_write scopes, this run only): ${demoKey}`,
          ...otherKeys.map((k) => `  Key of ${k.organization} (to see another organization's view): ${k.raw}`),
          `  Try: curl -s ${url} -H 'authorization: Bearer ${demoKey}' -H 'content-type: application/json' \\`,
          `         -d '{"query":"{ creators(first: 3, filter: { tier: MICRO }) { nodes { name } } }"}'`,
        ]
      : []),
    '',
  ];
  console.log(lines.join('\n'));
}
