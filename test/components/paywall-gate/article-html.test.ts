import { expect } from '@open-wc/testing';
import { waitFor } from '../../support/api.js';
import { articleNodes } from '../../../src/components/paywall-gate/article-html.js';

const holder = (markup: string) => {
  const div = document.createElement('div');
  div.append(articleNodes(markup, 'https://news.example/story'));
  return div;
};

describe('articleNodes (hard mode content)', () => {
  afterEach(() => delete (window as { __canary?: number }).__canary);

  it('keeps the article’s markup, links and images', () => {
    const div = holder(
      '<h2>Next</h2><p>Text with <a href="/more">a link</a> and <em>emphasis</em>.</p><img src="/test/fixtures/icon.svg" alt="A pier">',
    );
    expect(div.querySelector('h2')!.textContent).to.equal('Next');
    expect(div.querySelector('a')!.getAttribute('href')).to.equal('/more');
    expect(div.querySelector('img')!.getAttribute('alt')).to.equal('A pier');
  });

  it('drops scripts, event handlers, srcdoc and script URLs; nothing runs once in the page', async () => {
    const div = holder(`<p onclick="window.__canary=1">P</p><script>window.__canary=1</script>
      <img src="/api/broken-image" onerror="window.__canary=1"><a href="javascript:window.__canary=1">a</a>
      <a href=" JaVa&#x09;script:window.__canary=1">b</a><iframe srcdoc="<script>parent.__canary=1</script>"></iframe>
      <svg><script>window.__canary=1</script><a href="data:text/html,x"><text>t</text></a></svg>
      <form action="vbscript:x" name="cookie"><button formaction="javascript:x">go</button></form><base href="https://evil.example/">
      <img name="querySelector" alt="">`);
    document.body.append(div);
    // Its image fails to load; its handler, had it been kept, would have run by then.
    await waitFor(() => [...div.querySelectorAll('img')].every((img) => img.complete), 'the images to fail');
    div.querySelectorAll('a')[0].click();
    div.remove();
    expect((window as { __canary?: number }).__canary).to.equal(undefined);
    expect(div.querySelector('script, base')).to.equal(null);
    for (const el of div.querySelectorAll('*')) {
      for (const { name } of el.attributes) expect(name).to.not.match(/^on|srcdoc|action|formaction|href|name/);
    }
    expect(div.textContent).to.include('P').and.include('go');
    expect(typeof document.querySelector).to.equal('function');
  });
});
