// What a packed package should hold: everything its exports reach, and nothing else.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** The entry that alone may import an optional peer: Lit SSR only the SSR entry's, React only the React entry's. */
const PEER_ENTRIES = { '@lit-labs/ssr': 'dist/ssr/' };
const NEVER = /^(src|test|demo|docs|scratch|screenshots|bench-results)\/|\.test\.|\.d\.ts\.map$/;
const ALWAYS = new Set(['package.json', 'README.md', 'LICENSE']);
// `from '…'`, `import '…'` and `import('…')`, minified or not, in modules and declarations;
// comments (whole lines, and blocks) go first, since they quote imports too.
const SPECIFIERS = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;
const COMMENTS = /^\s*\/\/.*$|\/\*[\s\S]*?\*\//gm;
// `import(`./parts/locale-${language}.js`)`: a path with a variable reaches every file it can name.
const TEMPLATE_IMPORTS = /\bimport\s*\(\s*`(\.[^`]+)`/g;
const escaped = (text) => text.replace(/[.*+?^()|[\]\\{}$]/g, '\\$&');

/** The files the `exports` map names, without `./`. */
const exportTargets = (exports) =>
  Object.values(exports)
    .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
    .map((path) => path.slice(2));

/** A file's name without `.js`, `.d.ts` or `.js.map`: a module, its declarations and its map share it. */
const stem = (file) => file.replace(/(\.d\.ts|\.js|\.js\.map)$/, '');
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Problems with a packed package's files (`npm pack --json`'s list), unpacked in `folder`:
 * files that must not ship, export targets missing, files no export reaches, and bare imports
 * that are neither dependencies nor peers (or peers imported outside their entry: dist/react/, dist/ssr/). The
 * framework types (dist/types/) import the publisher's own framework, and are not held to it.
 */
export async function shippedFileProblems(folder, files) {
  const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const shipped = new Set(files);
  const problems = files.filter((file) => NEVER.test(file)).map((file) => `${file} ships`);
  const queue = exportTargets(pkg.exports);
  problems.push(...queue.filter((file) => !shipped.has(file)).map((file) => `the export ${file} is missing`));

  const reached = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file) || !shipped.has(file)) continue;
    reached.add(file);
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    const code = (await readFile(join(folder, file), 'utf8')).replace(COMMENTS, '');
    for (const [, template] of code.matchAll(TEMPLATE_IMPORTS)) {
      const path = posix.join(posix.dirname(file), template);
      const pattern = new RegExp(
        `^${path
          .split(/\$\{[^}]*\}/)
          .map(escaped)
          .join('[^/]+')}$`,
      );
      queue.push(...files.filter((shippedFile) => pattern.test(shippedFile)));
    }
    for (const [, specifier] of code.matchAll(SPECIFIERS)) {
      if (specifier.startsWith('.')) {
        const target = posix.join(posix.dirname(file), specifier);
        queue.push(file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
      } else if (!file.startsWith('dist/types/')) {
        const name = packageName(specifier);
        if (pkg.peerDependencies?.[name] && !file.startsWith(PEER_ENTRIES[name] ?? 'dist/react/'))
          problems.push(`${file} imports ${name}, an optional peer`);
        else if (!pkg.dependencies?.[name] && !pkg.peerDependencies?.[name]) problems.push(`${file} imports ${name}, not a dependency`);
      }
    }
  }
  const needed = new Set([...reached].map(stem));
  problems.push(
    ...files.filter((file) => !ALWAYS.has(file) && !needed.has(stem(file))).map((file) => `${file} ships, but no export reaches it`),
  );
  return problems;
}
