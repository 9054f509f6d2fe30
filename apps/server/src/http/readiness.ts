import type { Database } from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';

/** `/ready`: 200 while the database answers, 503 otherwise (load balancers stop sending traffic). */
export function readinessPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      // MikroORM's own probe: no SQL text outside the repositories.
      const { ok } = await db.orm.checkConnection().catch(() => ({ ok: false }));
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ok ? 'ready' : 'database unreachable' }), {
          status: ok ? 200 : 503,
        }),
      );
    },
  };
}
