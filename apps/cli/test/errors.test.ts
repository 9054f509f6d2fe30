import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, fromApiError, retryAfterOf } from '../src/errors.js';

describe('exit codes', () => {
  it.each([
    ['VALIDATION', undefined, EXIT.CALLER],
    ['NOT_FOUND', undefined, EXIT.CALLER],
    ['UNAUTHENTICATED', 401, EXIT.CALLER],
    ['BAD_USER_INPUT', 400, EXIT.CALLER],
    ['QUERY_TOO_COSTLY', 400, EXIT.CALLER],
    ['CURRENCY_MISMATCH', undefined, EXIT.CALLER],
    ['NETWORK_ERROR', undefined, EXIT.SERVER],
    ['TIMEOUT', undefined, EXIT.SERVER],
    ['INTERNAL_SERVER_ERROR', 200, EXIT.SERVER],
    ['SERVICE_UNAVAILABLE', 503, EXIT.SERVER],
    ['HTTP_ERROR', 502, EXIT.SERVER],
    ['HTTP_ERROR', 404, EXIT.CALLER],
    ['SOMETHING_NEW', 500, EXIT.SERVER],
    ['RATE_LIMITED', 429, EXIT.RATE_LIMITED],
    ['TOO_MANY_SUBSCRIPTIONS', 429, EXIT.RATE_LIMITED],
  ] as const)('%s (HTTP %s) → %i', (code, status, exit) => {
    expect(exitCodeFor({ code, ...(status !== undefined ? { status } : {}) })).toBe(exit);
  });

  it('reads when the budget allows the operation again', () => {
    expect(retryAfterOf({ code: 'RATE_LIMITED', message: 'x', retryAfter: 8 })).toBe(8);
    expect(retryAfterOf({ code: 'RATE_LIMITED', message: 'Rate limit exceeded: … retry in 12 s (…)' })).toBe(12);
    const error = fromApiError({ code: 'RATE_LIMITED', message: 'Rate limit exceeded', retryAfter: 8, status: 429 });
    expect(error.exitCode).toBe(EXIT.RATE_LIMITED);
    expect(error.details.retryAfter).toBe(8);
    expect(error.message).toBe('Rate limit exceeded (retry in 8 s)');
  });
});
