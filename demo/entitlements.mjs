// The reference entitlement server: what a publisher's backend does for <paywall-gate>, in one
// small file to read and copy. State lives in memory (a real backend keeps it in a database).
//
//   GET  /api/entitlements?article=ID   the decision, in the amp-subscriptions format
//   GET  /api/access?story=ID           the same decision in another shape (for the *-path attributes)
//   GET  /api/content/ID                hard mode: the rest of an article, for entitled readers only
//   GET  /api/states/NAME               fixed answers for the states page
//   GET  /demo/mode?set=normal|slow|fail  makes this reader's entitlement endpoint slow or failing
//
// The pages that start and end a session (log in, checkout, log out) are in ./account.mjs.
//
// Readers are told apart by an anonymous id in an HttpOnly, SameSite=Lax cookie. The meter
// counts distinct articles per calendar month, on the server, where clearing the browser's
// storage cannot reset it.
import { randomBytes } from 'node:crypto';

/** Free articles a month. */
export const FREE_LIMIT = 3;
/**
 * Stories no meter opens, for subscribers only (a real backend reads this from its CMS). A reader
 * with free articles left is refused them, and told how many are left for other stories.
 */
const SUBSCRIBERS_ONLY = new Set(['inside-the-citys-parking-fine-millions']);
/** How long the "slow" switch makes the endpoint wait: past the gate's 3-second timeout. */
const SLOW_MS = 4000;

/** reader id → { month, articles: Set of article ids read this month } */
const meters = new Map();
/** session token → { subscriber: true } */
const sessions = new Map();
/** The rest of each hard-mode article, by id (registered by the server that renders the page). */
const contents = new Map();

export const registerContent = (id, html) => contents.set(id, html);
export const contentOf = (id) => contents.get(id);

const month = () => new Date().toISOString().slice(0, 7);
const token = () => randomBytes(16).toString('hex');

function cookies(req) {
  const jar = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (!name) continue;
    try {
      jar[name] = decodeURIComponent(value.join('='));
    } catch {
      jar[name] = value.join('='); // another app's badly encoded cookie: kept as it is
    }
  }
  return jar;
}

/** HttpOnly, SameSite=Lax, and Secure behind HTTPS (directly, or through a proxy that says so). */
const cookie = (name, value, maxAge, req) =>
  `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${
    req?.socket.encrypted || req?.headers['x-forwarded-proto'] === 'https' ? '; Secure' : ''
  }`;

/** The reader's anonymous id, made (and set as a cookie) on the first visit. */
export function readerOf(req, res) {
  let id = cookies(req).reader;
  if (!/^[0-9a-f]{32}$/.test(id ?? '')) {
    id = token();
    res.appendHeader('set-cookie', cookie('reader', id, 31536000, req));
  }
  return id;
}

export const isSubscriber = (req) => sessions.has(cookies(req).session);

/** A subscriber session: the cookie that starts it. */
export function startSession(req) {
  const id = token();
  sessions.set(id, { subscriber: true });
  return cookie('session', id, 86400, req);
}

/** Ends the reader's session: the cookie that clears it. */
export function endSession(req) {
  sessions.delete(cookies(req).session);
  return cookie('session', '', 0, req);
}

/** This month's meter of the reader (made on the first read of the month). */
function meterOf(reader) {
  let meter = meters.get(reader);
  if (meter?.month !== month()) meters.set(reader, (meter = { month: month(), articles: new Set() }));
  return meter;
}

const counts = (meter) => ({ used: meter.articles.size, limit: FREE_LIMIT, remaining: FREE_LIMIT - meter.articles.size });

/** What the site's own pages show of the reader, counting nothing: subscriber or not, and the meter. */
export function readerState(req, res) {
  if (isSubscriber(req)) return { subscriber: true };
  return { subscriber: false, ...counts(meterOf(readerOf(req, res))) };
}

/** The demo switch's mode for this reader: `normal`, `slow` or `fail`. */
export function demoMode(req) {
  const mode = cookies(req)['demo-mode'];
  return mode === 'slow' || mode === 'fail' ? mode : 'normal';
}

/**
 * The decision for one reader and article. A subscriber reads everything. Anyone else reads an
 * article already counted this month again for free, or a new one while the month's limit
 * allows (and it is counted); past that, the answer is no. A story for subscribers only is
 * refused, and counts nothing. The server-rendered story asks it too.
 */
export function decide(req, res, article) {
  if (isSubscriber(req)) return { granted: true, reason: 'SUBSCRIBER', loggedIn: true };
  const meter = meterOf(readerOf(req, res));
  if (SUBSCRIBERS_ONLY.has(article)) return { granted: false, reason: 'SUBSCRIBERS_ONLY', loggedIn: false, ...counts(meter) };
  const granted = meter.articles.has(article) || (meter.articles.size < FREE_LIMIT && !!meter.articles.add(article));
  return { granted, reason: 'METERING', loggedIn: false, ...counts(meter) };
}

/** May this reader have the rest of this article? Only what `decide` would grant, without counting. */
function entitled(req, article) {
  if (isSubscriber(req)) return true;
  return !!meters.get(cookies(req).reader)?.articles.has(article);
}

function json(res, status, body) {
  // Per reader and changing with every login: never kept by a cache on the way.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' });
  res.end(JSON.stringify(body));
}

function html(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * A path on this site to go back to (from `next`, else the page the reader came from), or the
 * home page: never another site. A path starting with two slashes would leave it (`//evil.example`).
 */
export function backTo(url, req) {
  for (const candidate of [url.searchParams.get('next'), req.headers.referer]) {
    try {
      const target = new URL(candidate ?? '', url.origin);
      const path = target.pathname + target.search + target.hash;
      if (candidate && target.origin === url.origin && !path.startsWith('//')) return path;
    } catch {
      // Not a URL: the next candidate.
    }
  }
  return '/';
}

/** Fixed answers for the states page, one per state a gate can show. */
const STATES = {
  anonymous: { granted: false, grantReason: 'METERING' },
  metered: { granted: false, grantReason: 'METERING', data: { articlesRead: 2, articleLimit: 5 } },
  exhausted: { granted: false, grantReason: 'METERING', data: { articlesRead: 5, articleLimit: 5 } },
  subscriber: { granted: true, grantReason: 'SUBSCRIBER', loggedIn: true },
};

/**
 * Answers the routes above; returns false for anything else (the static files). Async: the
 * "slow" switch waits before answering.
 */
export async function handle(req, res, url) {
  const { pathname } = url;
  const mode = demoMode(req);

  if (pathname === '/api/entitlements' || pathname === '/api/access') {
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    if (mode === 'fail') return (json(res, 503, { error: 'The entitlement service is down (demo switch).' }), true);
    const article = url.searchParams.get(pathname === '/api/access' ? 'story' : 'article') ?? '';
    if (!article) return (json(res, 400, { error: 'Which article?' }), true);
    const d = decide(req, res, article);
    const body =
      pathname === '/api/entitlements'
        ? {
            granted: d.granted,
            grantReason: d.reason,
            loggedIn: d.loggedIn,
            data: d.used === undefined ? undefined : { articlesRead: d.used, articleLimit: d.limit, articlesRemaining: d.remaining },
          }
        : {
            user: { access: d.granted, plan: d.loggedIn ? 'subscriber' : 'free' },
            quota: d.used === undefined ? null : { used: d.used, max: d.limit },
          };
    return (json(res, 200, body), true);
  }

  if (pathname.startsWith('/api/content/')) {
    let article;
    try {
      article = decodeURIComponent(pathname.slice('/api/content/'.length));
    } catch {
      return (html(res, 404, ''), true);
    }
    if (!contents.has(article)) return (html(res, 404, ''), true);
    if (!entitled(req, article)) return (html(res, 403, ''), true);
    return (html(res, 200, contents.get(article)), true);
  }

  if (pathname.startsWith('/api/states/')) {
    const name = pathname.slice('/api/states/'.length);
    if (name === 'down') return (json(res, 503, { error: 'down' }), true);
    return (STATES[name] ? json(res, 200, STATES[name]) : json(res, 404, {}), true);
  }

  if (pathname === '/demo/mode') {
    const set = url.searchParams.get('set');
    const value = set === 'slow' || set === 'fail' ? set : '';
    res.writeHead(303, {
      location: backTo(url, req),
      'set-cookie': `demo-mode=${value}; Path=/; SameSite=Lax; Max-Age=${value ? 3600 : 0}`,
    });
    return (res.end(), true);
  }
  return false;
}
