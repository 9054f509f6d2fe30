/** A scripted fetch for the helper tests: each call takes the next answer (a Response, an Error, or a function of the request). */
export type Answer = Response | Error | ((url: string, init: RequestInit) => Response | Promise<Response>);

export function fakeFetch(answers: Answer[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string | URL, init: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next(String(url), init);
    return next;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A streamed response from text chunks, telling `onCancel` when the reader cancels it. */
export function streamed(
  chunks: string[],
  options: { contentType?: string; status?: number; endOpen?: boolean; onCancel?: () => void } = {},
) {
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else if (!options.endOpen) controller.close();
      // endOpen: never closes, as a live stream waiting for events.
      else return new Promise<void>(() => {});
    },
    cancel() {
      options.onCancel?.();
    },
  });
  return new Response(body, {
    status: options.status ?? 200,
    headers: { 'content-type': options.contentType ?? 'text/event-stream' },
  });
}
