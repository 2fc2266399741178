import { expect } from '@open-wc/testing';
import { checkedUrl, safeUrl } from '../../src/url/safe-url.js';
import type { Problem } from '../../src/util/warn.js';

const base = 'https://news.example/section/story.html';

describe('safeUrl', () => {
  it('follows http, https and relative URLs, resolved against the page', () => {
    expect(safeUrl('https://pay.example/checkout?plan=1', base)).to.equal('https://pay.example/checkout?plan=1');
    expect(safeUrl('http://pay.example/', base)).to.equal('http://pay.example/');
    expect(safeUrl('/subscribe?plan=annual', base)).to.equal('https://news.example/subscribe?plan=annual');
    expect(safeUrl('checkout', base)).to.equal('https://news.example/section/checkout');
    expect(safeUrl('  #plans ', base)).to.equal('https://news.example/section/story.html#plans');
  });

  it('refuses other schemes, however disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.example',
    ]) {
      expect(safeUrl(bad, base), bad).to.equal(undefined);
    }
  });

  it('refuses protocol-relative URLs and URLs with credentials', () => {
    expect(safeUrl('//evil.example/x', base)).to.equal(undefined);
    expect(safeUrl('\\\\evil.example/x', base)).to.equal(undefined);
    // The URL parser drops tabs and line breaks, so these mean //evil.example too.
    expect(safeUrl('/\t/evil.example/x', base)).to.equal(undefined);
    expect(safeUrl('/\n/evil.example/x', base)).to.equal(undefined);
    expect(safeUrl(' \r//evil.example/x', base)).to.equal(undefined);
    expect(safeUrl('https://site@evil.example/', base)).to.equal(undefined);
    expect(safeUrl('https://user:pw@pay.example/', base)).to.equal(undefined);
  });

  it('gives nothing for empty or unparsable values', () => {
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('   ', base)).to.equal(undefined);
    expect(safeUrl(null, base)).to.equal(undefined);
    expect(safeUrl('http://[bad', base)).to.equal(undefined);
  });
});

describe('checkedUrl', () => {
  const check = (value: string, link?: boolean) => {
    const problems: Problem[] = [];
    return { url: checkedUrl(value, location.href, 'href', 'the button goes nowhere', problems, link), problems };
  };
  const withMeta = async (content: string, run: () => void) => {
    const meta = Object.assign(document.createElement('meta'), { name: 'paywall-allowed-origins', content });
    document.head.append(meta);
    try {
      run();
    } finally {
      meta.remove();
    }
  };

  it('follows any http or https origin when the page lists none', () => {
    expect(check('https://shop.example/buy', true)).to.deep.equal({ url: 'https://shop.example/buy', problems: [] });
  });

  it('takes links only to the page and the listed origins once the page lists some', async () => {
    await withMeta(' https://shop.example	https://login.example:8443 ', () => {
      expect(check('https://shop.example/buy?plan=1', true).url).to.equal('https://shop.example/buy?plan=1');
      expect(check('https://login.example:8443/in', true).url).to.equal('https://login.example:8443/in');
      expect(check('/subscribe', true).url).to.equal(new URL('/subscribe', location.href).href);
      for (const other of ['https://login.example/in', 'http://shop.example/buy', 'https://shop.example.evil.example/']) {
        expect(check(other, true), other).to.deep.equal({
          url: undefined,
          problems: [{ attribute: 'href', message: `${JSON.stringify(other)} is not on an allowed origin; the button goes nowhere.` }],
        });
      }
      // Only links are held to the list: a request URL (an endpoint, content) is not.
      expect(check('https://api.example/answer').url).to.equal('https://api.example/answer');
    });
  });

  it('matches nothing with malformed or hostile entries, and still allows the page itself', async () => {
    await withMeta('javascript:alert(1) //shop.example https://shop.example/ not-an-origin', () => {
      expect(check('https://shop.example/buy', true).url).to.equal(undefined);
      expect(check('/subscribe', true).url).to.equal(new URL('/subscribe', location.href).href);
    });
  });

  it('allows only the page itself when the list is empty, and still refuses what safeUrl refuses', async () => {
    await withMeta('', () => {
      expect(check('https://shop.example/buy', true).url).to.equal(undefined);
      expect(check('#plans', true).url).to.equal(new URL('#plans', location.href).href);
      expect(check('javascript:alert(1)', true).problems[0].message).to.match(/is refused: only http, https and relative URLs are used/);
    });
  });
});
