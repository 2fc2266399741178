// Entitlement endpoints for the component tests, served by web-test-runner's own dev server, so
// that the gate talks to a real HTTP endpoint: real status codes, headers, bodies, delays.
//
//   GET  /api/answer?k=KEY&body=…&status=…&type=…&delay=…&cache=…   (cache: a Cache-Control value;
//        length=twice sends the Content-Length header twice)
//        Answers with `body` (default {"granted":false}), as `type` (default application/json).
//        Each value may be a list split by "|": the nth request for KEY takes the nth item (the
//        last repeats), so one URL can answer differently over time. `body=huge` streams 5 MB
//        without a Content-Length; `body=huge-declared` declares it.
//   GET  /api/content?k=KEY   The rest of an article, as HTML (with some hostile markup in it).
//   GET  /api/broken-image    Text that an <img> fails to decode.
//   POST /api/ping?k=KEY      Records a pingback.
//   GET  /api/batch?k=KEY&articles=a,b&granted=a&delay=…   Answers for several articles at once:
//        {"a": {"granted": true, …}, "b": {"granted": false, …}}; records each batch's ids.
//   GET  /api/hits?k=KEY      {"answer": n, "content": n, "ping": [bodies], "headers": {...}}: what KEY received.

import { Readable } from 'node:stream';

const hits = new Map();
const record = (key) => {
  if (!hits.has(key)) hits.set(key, { answer: 0, content: 0, ping: [], headers: {}, batches: [] });
  return hits.get(key);
};
const nth = (value, n, fallback) => {
  if (value === undefined) return fallback;
  const items = String(value).split('|');
  return items[Math.min(n, items.length - 1)];
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const CONTENT = `<p id="rest-1">REST-ONE of the story, for subscribers.</p>
<p id="rest-2">REST-TWO with <a href="javascript:window.__canary=1">a bad link</a> and <a href="/more">a good one</a>.</p>
<img src="/api/broken-image" onerror="window.__canary=1" alt="">
<script>window.__canary = 1;</script>`;

export async function endpoints(ctx, next) {
  const { path, query } = ctx;
  if (!path.startsWith('/api/')) return next();
  const key = String(query.k ?? 'default');
  const seen = record(key);
  if (path === '/api/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen);
    return;
  }
  if (path === '/api/ping') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    seen.ping.push({ body, type: ctx.get('content-type') });
    ctx.status = 204;
    return;
  }
  if (path === '/api/broken-image') {
    // Not an image: an <img> that loads it fails (without a 404 in the test log).
    ctx.type = 'text/plain';
    ctx.body = 'not an image';
    return;
  }
  if (path === '/api/batch') {
    const articles = String(query.articles ?? '').split(',');
    const granted = new Set(String(query.granted ?? '').split(','));
    seen.answer += 1;
    seen.batches.push(articles);
    await sleep(Number(query.delay ?? 0));
    const answer = (id) => (granted.has(id) ? { granted: true, grantReason: 'SUBSCRIBER' } : { granted: false, grantReason: 'METERING' });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(Object.fromEntries(articles.map((id) => [id, answer(id)])));
    return;
  }
  if (path === '/api/content') {
    seen.content += 1;
    await sleep(Number(query.delay ?? 0));
    ctx.type = 'text/html';
    ctx.body = CONTENT;
    return;
  }
  if (path !== '/api/answer') return next();
  const n = seen.answer++;
  seen.headers = { accept: ctx.get('accept'), cookie: ctx.get('cookie'), custom: ctx.get('x-custom') };
  await sleep(Number(nth(query.delay, n, 0)));
  const body = nth(query.body, n, '{"granted":false}');
  ctx.status = Number(nth(query.status, n, 200));
  const cache = nth(query.cache, n, undefined);
  if (cache !== undefined) ctx.set('Cache-Control', cache);
  ctx.type = nth(query.type, n, 'application/json');
  if (body === 'huge' || body === 'huge-declared') {
    const chunk = 'x'.repeat(64 * 1024);
    if (body === 'huge-declared') ctx.set('Content-Length', String(chunk.length * 80));
    ctx.body = Readable.from(
      (function* () {
        for (let i = 0; i < 80; i++) yield chunk;
      })(),
    );
    return;
  }
  if (query.length === 'twice') {
    // The same Content-Length sent twice (some proxies do): the browser reads it as "N, N".
    const bytes = Buffer.from(body);
    ctx.respond = false;
    ctx.res.setHeader('content-type', ctx.type);
    ctx.res.setHeader('content-length', [String(bytes.length), String(bytes.length)]);
    ctx.res.writeHead(ctx.status);
    ctx.res.end(bytes);
    return;
  }
  ctx.body = body === 'empty' ? '' : body;
}
