// The entitlement and content endpoints the tests talk to, written once over plain Node requests
// and responses, so that they serve web-test-runner's dev server (as Koa middleware: `koa`) and
// the end-to-end tests' node:http servers (`handle`) alike: real status codes, headers, bodies, delays.
//
//   GET  /api/answer?k=KEY&…   An entitlement answer. Its options come from the query, or else from
//        answer(KEY, options) (which a test may change between requests); the query wins:
//          body     the body (default {"granted":false}); `empty` sends none, `huge` streams 5 MB
//                   without a Content-Length, `huge-declared` declares it
//          status   the status (default 200)
//          type     the Content-Type (default application/json)
//          delay    ms before the answer
//          cache    a Cache-Control value (`no-store`, `max-age=60`)
//          length   `twice` sends the Content-Length header twice
//          cookie   NAME=VALUE: a request that carries this cookie (a logged-in reader) is
//                   answered with `withCookie` as its body instead of `body`
//        A list (`|`-separated in the query, an array in answer()) answers the nth request for
//        KEY with its nth item (the last repeats), so one URL can answer differently over time.
//   GET  /api/content?k=KEY&markup=clean   The rest of an article, as HTML, with hostile markup
//        after it unless markup=clean; `delay` ms before it.
//   GET  /api/batch?k=KEY&articles=a,b&granted=a&delay=…   Answers for several articles at once:
//        {"a": {"granted": true, …}, "b": {"granted": false, …}}; records each batch's ids.
//   GET  /api/broken-image    Text that an <img> fails to decode.
//   POST /api/ping?k=KEY      Records a pingback.
//   GET  /api/hits?k=KEY      What KEY received, as JSON: see `hits` below.

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A sentence of the content at /api/content, to look for once it arrived. */
export const REST = 'The rest of the story arrives only for entitled readers.';

/** The rest of an article as a publisher's CMS writes it. */
const CLEAN_CONTENT = `<p id="rest-1">REST-ONE of the story, for subscribers.</p>
<p id="rest">${REST}</p>
<p id="rest-2">REST-TWO, with <a href="/more">a good link</a> and <img src="/api/broken-image" alt="">.</p>`;

/** Markup that must never run or stay: an inline handler, a script, a javascript: link, a srcdoc frame. */
const HOSTILE_MARKUP = `<img src="/api/broken-image" onerror="window.__canary=1" alt=""><script>window.__canary=1</script>
<a id="bad-link" href="javascript:window.__canary=1">a bad link</a><iframe srcdoc="<script>parent.__canary=1</script>"></iframe>`;

const OPTIONS = ['body', 'status', 'type', 'delay', 'cache', 'length', 'cookie', 'withCookie'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Item `n` of a list option (the last repeats), or `fallback` without one. */
const nth = (items, n, fallback) => (items === undefined ? fallback : items[Math.min(n, items.length - 1)]);
const asText = (value) => (typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value));

/** A fresh set of endpoints, with its own record of hits and its own registered answers. */
export function createTestEndpoints() {
  /** By key: `{ answer, served, content, ping, headers, cookies, articles }`. */
  const seen = new Map();
  /** By key: the options answer() registered, each a list. */
  const answers = new Map();

  /**
   * What KEY received (kept up to date): `answer` requests, of which `served` were answered;
   * `content` requests; `ping` bodies with their type; the last answer request's `headers` (accept,
   * cookie, x-custom); each answer request's `cookies` and `article` query value (null without);
   * the article ids of each batch request.
   */
  function hits(key) {
    if (!seen.has(key)) seen.set(key, { answer: 0, served: 0, content: 0, ping: [], headers: {}, cookies: [], articles: [], batches: [] });
    return seen.get(key);
  }

  /** Sets how /api/answer?k=KEY answers (the options above; a value may be a list); returns that URL. */
  function answer(key, options = {}) {
    const lists = Object.entries(options).map(([name, value]) => [name, Array.isArray(value) ? value.map(asText) : [asText(value)]]);
    answers.set(key, Object.fromEntries(lists));
    return `/api/answer?${new URLSearchParams({ k: key })}`;
  }

  async function sendAnswer(req, res, key, query) {
    const seenByKey = hits(key);
    const n = seenByKey.answer++;
    seenByKey.headers = { accept: req.headers.accept ?? '', cookie: req.headers.cookie ?? '', custom: req.headers['x-custom'] ?? '' };
    seenByKey.cookies.push(req.headers.cookie ?? null);
    seenByKey.articles.push(query.get('article'));
    const options = { ...answers.get(key) };
    for (const name of OPTIONS) if (query.has(name)) options[name] = query.get(name).split('|');
    const option = (name, fallback) => nth(options[name], n, fallback);

    await sleep(Number(option('delay', 0)));
    seenByKey.served++;
    const cookie = option('cookie');
    const loggedIn = cookie !== undefined && (req.headers.cookie ?? '').split(/;\s*/).includes(cookie);
    const body = loggedIn ? option('withCookie') : option('body', '{"granted":false}');
    const headers = { 'content-type': option('type', 'application/json') };
    const cache = option('cache');
    if (cache !== undefined) headers['cache-control'] = cache;
    const status = Number(option('status', 200));
    if (body === 'huge' || body === 'huge-declared') {
      const chunk = 'x'.repeat(64 * 1024);
      if (body === 'huge-declared') headers['content-length'] = String(chunk.length * 80);
      res.writeHead(status, headers);
      const chunks = function* () {
        for (let i = 0; i < 80; i++) yield chunk;
      };
      // The client gives up on a body this large: a closed connection is the expected end.
      await pipeline(Readable.from(chunks()), res).catch(() => {});
      return;
    }
    const bytes = Buffer.from(body === 'empty' ? '' : body);
    // The same Content-Length sent twice (some proxies do): the browser reads it as "N, N".
    headers['content-length'] = option('length') === 'twice' ? [String(bytes.length), String(bytes.length)] : String(bytes.length);
    res.writeHead(status, headers).end(bytes);
  }

  /** Answers `req` if it is for one of the endpoints, and says whether it was. */
  async function handle(req, res) {
    // Only the path and query matter; the base is a placeholder.
    const { pathname: path, searchParams: query } = new URL(req.url, 'http://localhost');
    const key = query.get('k') ?? 'default';
    const send = (status, type, body) => res.writeHead(status, { 'content-type': type }).end(body);
    if (path === '/api/answer') {
      await sendAnswer(req, res, key, query);
    } else if (path === '/api/batch') {
      const articles = (query.get('articles') ?? '').split(',');
      const granted = new Set((query.get('granted') ?? '').split(','));
      hits(key).answer++;
      hits(key).batches.push(articles);
      await sleep(Number(query.get('delay') ?? 0));
      const answerFor = (id) =>
        granted.has(id) ? { granted: true, grantReason: 'SUBSCRIBER' } : { granted: false, grantReason: 'METERING' };
      send(200, 'application/json', JSON.stringify(Object.fromEntries(articles.map((id) => [id, answerFor(id)]))));
    } else if (path === '/api/content') {
      hits(key).content++;
      await sleep(Number(query.get('delay') ?? 0));
      send(200, 'text/html; charset=utf-8', query.get('markup') === 'clean' ? CLEAN_CONTENT : `${CLEAN_CONTENT}\n${HOSTILE_MARKUP}`);
    } else if (path === '/api/ping') {
      let body = '';
      for await (const chunk of req) body += chunk;
      hits(key).ping.push({ body, type: req.headers['content-type'] ?? '' });
      res.writeHead(204).end();
    } else if (path === '/api/hits') {
      send(200, 'application/json', JSON.stringify(hits(key)));
    } else if (path === '/api/broken-image') {
      // Not an image: an <img> that loads it fails (without a 404 in a test log).
      send(200, 'text/plain', 'not an image');
    } else {
      return false;
    }
    return true;
  }

  /** `handle` as Koa middleware (web-test-runner's dev server): Koa leaves the response to it. */
  async function koa(ctx, next) {
    if (await handle(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  }

  return { handle, koa, answer, hits };
}
