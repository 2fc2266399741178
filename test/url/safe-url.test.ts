import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/url/safe-url.js';

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
