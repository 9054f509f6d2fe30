import type { Database } from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';

/** `/ready`: 200 while the database answers, 503 otherwise (load balancers stop sending traffic). */
export function readinessPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      try {
        await db.em.getConnection().execute('select 1');
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'ready' }), { status: 200 }));
      } catch {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'database unreachable' }), { status: 503 }));
      }
    },
  };
}
