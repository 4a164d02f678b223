/**
 * A local stand-in for the Hugging Face papers API and the arXiv API: it
 * answers from recordings in tests/fixtures/paper-api, in the APIs' own
 * formats, on 127.0.0.1. Behaviours a test asks for (HTTP 429 a few times,
 * no answer at all) make the failure cases reproducible.
 *
 * Run alone, it prints the environment that points the scripts at it:
 *   npx tsx tests/paperApi/replayServer.ts
 */
import {existsSync, readFileSync} from 'node:fs';
import {createServer, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {Sources} from '../../src/lib/paperMetadata/sources';

const RECORDINGS = path.join(__dirname, '..', 'fixtures', 'paper-api');

/** What a test wants a path to do instead of answering from a recording. */
export interface ReplayBehaviour {
  /** Answer HTTP 429 this many times first. */
  rateLimited?: number;
  /** The `Retry-After` of those answers; `0` when not given. */
  retryAfter?: string;
  /** Never answer, so the client's timeout fires. */
  hang?: boolean;
  /** Send the status and headers, then never the body. */
  stallBody?: boolean;
}

/** A running replay server. */
export interface ReplayServer {
  /** Environment for the scripts: HUGGING_FACE_URL and ARXIV_API_URL. */
  env: {HUGGING_FACE_URL: string; ARXIV_API_URL: string};
  /** Every request path with its query, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts the server on a free port. `behaviours` is keyed by request path
 * without the query (`/api/papers/2510.14901`) or, for arXiv, by the id
 * asked for (`arxiv:2510.14901`).
 */
export async function startReplayServer(
  behaviours: Record<string, ReplayBehaviour> = {},
): Promise<ReplayServer> {
  const requests: string[] = [];
  const limited = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const ids = (url.searchParams.get('id_list') ?? '')
      .split(',')
      .filter(Boolean);
    const key =
      url.pathname === '/api/query' ? `arxiv:${ids.join(',')}` : url.pathname;
    const behaviour = behaviours[key];
    if (behaviour?.hang) {
      hanging.add(response);
      return;
    }
    if (behaviour?.stallBody) {
      response.writeHead(200, {'content-type': 'application/json'});
      response.write('{"id": ');
      hanging.add(response);
      return;
    }
    const count = limited.get(key) ?? 0;
    if (behaviour?.rateLimited && count < behaviour.rateLimited) {
      limited.set(key, count + 1);
      response.writeHead(429, {
        'content-type': 'text/plain',
        'retry-after': behaviour.retryAfter ?? '0',
      });
      response.end('Too Many Requests');
      return;
    }
    if (url.pathname === '/api/query') {
      answerArxiv(ids, response);
    } else if (url.pathname.startsWith('/api/papers/')) {
      answerJson(
        `huggingface/papers/${path.basename(url.pathname)}.json`,
        response,
        {error: 'Paper not found'},
      );
    } else if (url.pathname === '/api/daily_papers') {
      const date = url.searchParams.get('date') ?? '';
      // A day without papers is an empty list, not an error.
      answerJson(
        `huggingface/daily/${path.basename(date)}.json`,
        response,
        [],
        200,
      );
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  // The server never keeps a test process alive.
  server.unref();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: {HUGGING_FACE_URL: origin, ARXIV_API_URL: `${origin}/api/query`},
    requests,
    close: () => {
      for (const response of hanging) response.destroy();
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/**
 * What the clients need to use a replay server: its addresses, a short
 * timeout, and retries that do not wait.
 */
export function replaySources(server: ReplayServer): Sources {
  return {
    huggingFaceUrl: server.env.HUGGING_FACE_URL,
    arxivApiUrl: server.env.ARXIV_API_URL,
    timeoutMs: 1000,
    retries: 3,
    sleep: async () => {},
  };
}

function answerJson(
  recording: string,
  response: ServerResponse,
  missing: unknown,
  missingStatus = 404,
): void {
  const file = path.join(RECORDINGS, recording);
  const found = existsSync(file);
  response.writeHead(found ? 200 : missingStatus, {
    'content-type': 'application/json; charset=utf-8',
  });
  response.end(found ? readFileSync(file) : JSON.stringify(missing));
}

/**
 * The arXiv API's feed for a list of ids: each recorded entry, in the order
 * asked; an id without a recording has no entry (as arXiv answers for an id
 * it does not have), and a malformed one gets arXiv's error entry.
 */
function answerArxiv(ids: readonly string[], response: ServerResponse): void {
  const entries = ids.map((id) => {
    const wellFormed =
      /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/.test(id);
    // arXiv answers an old-style id without its subject class.
    const canonical = id.replace(/^([a-z-]+)\.[A-Z]{2}\//, '$1/');
    const recording = path.join(
      RECORDINGS,
      'arxiv',
      wellFormed ? `${canonical.replace('/', '_')}.xml` : 'malformed-id.xml',
    );
    if (!existsSync(recording)) return '';
    const entry = /<entry>[\s\S]*<\/entry>/.exec(
      readFileSync(recording, 'utf8'),
    )![0];
    return wellFormed ? entry : entry.replaceAll('1234', id);
  });
  const found = entries.filter(Boolean);
  response.writeHead(200, {
    'content-type': 'application/atom+xml; charset=utf-8',
  });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?id_list=${ids.join(',')}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=&amp;id_list=${ids.join(',')}&amp;start=0&amp;max_results=${ids.length}</title>
  <id>http://arxiv.org/api/replay</id>
  <updated>2025-10-28T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${found.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${ids.length}</opensearch:itemsPerPage>
  ${found.join('\n  ')}
</feed>
`);
}

if (require.main === module) {
  void startReplayServer().then((server) => {
    console.log(
      `export HUGGING_FACE_URL=${server.env.HUGGING_FACE_URL} ARXIV_API_URL=${server.env.ARXIV_API_URL}`,
    );
    console.log('Replaying tests/fixtures/paper-api; stops after 10 minutes.');
    setTimeout(() => void server.close(), 600_000).unref();
    // Kept alive only by the timer below, so it stops by itself.
    setTimeout(() => undefined, 600_000);
  });
}
