// The demo's web server: serves demo/ at the root, the built library under /dist/ (and the
// script-tag build at the root, /paywall-elements.min.js and what it loads, as README's snippet has it), the reference
// entitlement server of ./entitlements.mjs and the reader's account pages of ./account.mjs. The
// hard-mode story and the plans page are rendered on the server (./ssr.mjs, with
// paywall-elements/ssr); everything else is a file. No other dependencies, so that publishers can
// read it in one sitting.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleAccount } from './account.mjs';
import { contentOf, decide, handle, readerOf, registerContent } from './entitlements.mjs';
import { renderPlansPage, renderStory } from './ssr.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Maps a URL path to a file under demo/ or dist/, or null when it points anywhere else. The
 * rest of hard-mode articles (demo/private/) is never served as a file: only through
 * /api/content, to entitled readers.
 */
export function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // The script-tag build at the site's root, as a publisher copies it: the file the tag names,
  // the module it loads beside it, their maps, and the parts in parts/.
  if (/^\/(paywall-elements(\.min)?\.js(\.map)?|parts\/[\w-]+\.js(\.map)?)$/.test(path)) path = `/dist${path}`;
  if (/^\/private(\/|$)/i.test(normalize(path).replaceAll(sep, '/'))) return null;
  const [folder, rest] = path.startsWith('/dist/') ? ['dist', path.slice(6)] : ['demo', path.slice(1)];
  const base = join(root, folder);
  const file = normalize(join(base, rest || 'index.html'));
  return file.startsWith(base + sep) || file === base ? file : null;
}

async function serveStatic(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  let file = fileFor(pathname);
  let info = file && (await stat(file).catch(() => null));
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  // Every page gives a new reader the anonymous id the entitlement endpoint counts by.
  if (extname(file) === '.html') readerOf(req, res);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

const HARD_MODE_STORY = 'kingsmead-bridge-closure-detour-plan';

/** The pages rendered on the server, from their files; `?render=client` serves the file as it is, for the browser to render. */
const RENDERED = {
  [`/articles/${HARD_MODE_STORY}.html`]: (page, req, res, url) =>
    renderStory(page, { url, decision: decide(req, res, HARD_MODE_STORY), rest: contentOf(HARD_MODE_STORY) }),
  '/plans.html': (page, req, res) => (readerOf(req, res), renderPlansPage(page)),
};

/** Serves a page rendered on the server; false for any other. Per reader: never kept by a cache. */
async function serveRendered(req, res, url) {
  const render = RENDERED[url.pathname];
  if (!render || url.searchParams.get('render') === 'client') return false;
  const body = render(await readFile(fileFor(url.pathname), 'utf8'), req, res, url);
  res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** The rest of each hard-mode article, demo/private/ID.html, for /api/content/ID. */
async function loadContents() {
  const folder = join(root, 'demo', 'private');
  for (const name of await readdir(folder).catch(() => [])) {
    if (name.endsWith('.html')) registerContent(name.slice(0, -5), await readFile(join(folder, name), 'utf8'));
  }
}

async function route(req, res) {
  const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
  if (await handle(req, res, url)) return;
  if (await handleAccount(req, res, url)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (await serveRendered(req, res, url)) return;
  await serveStatic(req, res);
}

export async function startServer(port = 0, host = '127.0.0.1') {
  await loadContents();
  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 8000));
  const server = await startServer(port, process.env.HOST ?? '127.0.0.1').catch((error) => {
    console.error(`Could not listen on port ${port}: ${error.message}. Try PORT=8080 npm start.`);
    process.exit(1);
  });
  const { address, port: bound } = server.address();
  console.log(`Paywall demo running at http://${address === '127.0.0.1' ? 'localhost' : address}:${bound}/`);
}
