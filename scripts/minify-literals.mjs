// A rollup plugin that squeezes the white space out of Lit's css`` and html`` templates in the
// script-tag bundle. Terser leaves template text alone, and indentation is a fifth of our bytes.
// It scans the source, so `${...}` expressions (and templates nested in them) stay untouched.

const TAGS = /\b(css|html|svg) ?`/g;

/**
 * Inside a declaration block: `0.5rem` is `.5rem`; `*`, `/` and `!important` need no spaces.
 * (Our styles hold no quoted strings or URLs, which this would alter.)
 */
const squeezeDeclarations = (block) =>
  block
    .replace(/([ :,(])0\./g, '$1.')
    .replace(/ ?([*/]) ?/g, '$1')
    .replace(/ !important/g, '!important');

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/ ?> ?/g, '>')
    .replace(/@(media|container) \(/g, '@$1(')
    .replace(/;}/g, '}')
    .replace(/\{[^{}]*\}/g, squeezeDeclarations)
    .trim();
}

/**
 * A line break between two tags, expressions or ends of the template is indentation only, as in
 * JSX, so it goes; elsewhere (inside a line of text) it is one space. So keep inline text and
 * the expression or tag next to it on one line.
 */
function minifyHtml(text) {
  return text
    .replace(/(^|>)\s*\n\s*(?=<|$)/g, '$1')
    .replace(/\s*\n\s*(?=>)/g, '')
    .replace(/\s*\n\s*/g, ' ');
}

/** Reads a template literal starting after its opening backtick; returns [parts, end]. */
function scanTemplate(code, start) {
  const parts = [];
  let text = '';
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      text += ch + code[i + 1];
      i += 2;
    } else if (ch === '`') {
      parts.push({ text });
      return [parts, i + 1];
    } else if (ch === '$' && code[i + 1] === '{') {
      parts.push({ text });
      text = '';
      const end = scanExpression(code, i + 2);
      parts.push({ expr: code.slice(i, end) });
      i = end;
    } else {
      text += ch;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Returns the index just after the `}` closing an expression that starts at `start`. */
function scanExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '`') {
      i = scanTemplate(code, i + 1)[1];
      continue;
    }
    if (ch === "'" || ch === '"') {
      const close = code.indexOf(ch, i + 1);
      i = close + 1;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw new Error('unterminated expression');
}

export function minifyLiterals(code) {
  let out = '';
  let last = 0;
  for (let match; (match = TAGS.exec(code)); ) {
    const open = match.index + match[0].length;
    const [parts, end] = scanTemplate(code, open);
    const squeeze = match[1] === 'css' ? minifyCss : minifyHtml;
    const body = parts.map((p) => (p.expr !== undefined ? minifyLiterals(p.expr) : squeeze(p.text))).join('');
    out += code.slice(last, open) + body + '`';
    last = end;
    TAGS.lastIndex = end;
  }
  return out + code.slice(last);
}

export default function minifyLiteralsPlugin() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('node_modules')) return null;
      return { code: minifyLiterals(code), map: null };
    },
  };
}
