import { expect } from '@open-wc/testing';
import { cutAt, findCut } from '../../src/truncate/truncate.js';
import { allNodes, article } from './helpers.js';

/** Cuts at the article's break marker, checks the preview, then restores and checks that nothing changed. */
function expectCutAndRestore(html: string, expected: string) {
  const root = article(html);
  const nodes = allNodes(root);
  const restore = cutAt(root, findCut(root, { unit: 'words', length: 100 })!);
  expect(root.innerHTML).to.equal(expected);
  restore();
  expect(root.innerHTML).to.equal(html);
  expect(allNodes(root)).to.deep.equal(nodes);
}

describe('truncate: wrappers the cut leaves empty', () => {
  it('drops a list item that a break marker opens, and puts it back', () => {
    expectCutAndRestore('<ul><li>one two</li><li><hr data-paywall-break="">three</li></ul>', '<ul><li>one two</li></ul>');
  });

  it('drops nested boxes that a break marker opens, and puts them back', () => {
    expectCutAndRestore('<p>a</p><div class="box"><div> <hr data-paywall-break=""><p>b</p></div></div><p>c</p>', '<p>a</p>');
  });

  it('keeps a wrapper with text or media before the marker', () => {
    expectCutAndRestore('<div>a<hr data-paywall-break="">b</div>', '<div>a</div>');
    expectCutAndRestore(
      '<p>a</p><div><img src="x.png" alt=""><hr data-paywall-break="">b</div>',
      '<p>a</p><div><img src="x.png" alt=""></div>',
    );
  });
});
