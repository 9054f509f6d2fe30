import type { Plugin } from 'graphql-yoga';
import { errorResponse } from './auth.js';

/** Paths the server answers; anything else is a coded 404 rather than Yoga's empty one. */
export function unknownRoutePlugin(known: (pathname: string) => boolean): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (known(url.pathname)) return;
      endResponse(
        errorResponse(
          fetchAPI,
          request,
          404,
          'Nothing here: the API is at /graphql, exports under /export/.',
          'NOT_FOUND',
        ),
      );
    },
  };
}
