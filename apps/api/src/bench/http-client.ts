// The benchmark's two GraphQL clients. Node's `fetch` (undici behind the WHATWG Request/Response
// and stream objects) spends about a millisecond per request in the client itself, as much as the
// hand-written SQL baseline of a series takes: measured with it alone, the ratio mostly says how
// slow `fetch` is. So the bench reports both: a lean keep-alive `node:http` client (what the ratio
// aim is judged by) and `fetch` (what a browser-like client sees). Both send the same JSON POST and
// parse the whole answer.
import http from 'node:http';

export type GraphQLPost = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

type Answer = { errors?: Array<{ message: string }> };

function checked(body: Answer): Answer {
  if (body.errors) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
  return body;
}

/** POSTs over one kept-alive connection with node:http; the caller closes the agent. */
export function leanClient(url: string): { post: GraphQLPost; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post: GraphQLPost = (query, variables) =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify({ query, variables }));
      const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(checked(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(payload);
    });
  return { post, close: () => agent.destroy() };
}

/** The same POST through Node's global fetch. */
export function fetchClient(url: string): GraphQLPost {
  return async (query, variables) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return checked((await response.json()) as Answer);
  };
}
