import { expect } from '@open-wc/testing';
import { cutAt, findPreviewCut } from '../../src/truncate/truncate.js';
import { article, preview, segmenterWords } from './helpers.js';

const sentences = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} tells part of the story in a few plain words.`);

describe('truncate: paragraphs joined by <br><br>', () => {
  it('counts a <br><br> run inside one wrapper as a paragraph break', () => {
    const html = `<div class="story-body">${sentences.join('<br><br>')}</div>`;
    expect(preview(html, { unit: 'paragraphs', length: 3 })).to.equal(
      `<div class="story-body">${sentences.slice(0, 3).join('<br><br>')}</div>`,
    );
  });

  it('counts a <br><br> run directly in the article as a paragraph break', () => {
    expect(preview(sentences.join('<br>\n<br>\n'), { unit: 'paragraphs', length: 3 })).to.equal(sentences.slice(0, 3).join('<br>\n<br>\n'));
  });

  it('does not count a single <br> as a paragraph break', () => {
    const html = `<p>${sentences[0]}<br>${sentences[1]}</p><p>${sentences[2]}</p><p>${sentences[3]}</p>`;
    expect(preview(html, { unit: 'paragraphs', length: 2 })).to.equal(`<p>${sentences[0]}<br>${sentences[1]}</p><p>${sentences[2]}</p>`);
  });
});

describe('truncate: paragraphs without structure', () => {
  const loose = Array.from({ length: 120 }, (_, i) => `w${i}`);

  it('measures one run of text in words, 50 to a paragraph, and says so', () => {
    for (const html of [
      `<div class="story-body">${loose.join(' ')}<br>more<br>text</div>`,
      `${loose.join(' ')}<br>more`,
      `<p>${loose.join(' ')}</p>`,
    ]) {
      const root = article(html);
      const { at, fellBackToWords } = findPreviewCut(root, { unit: 'paragraphs', length: 2 });
      expect(fellBackToWords, html.slice(0, 30)).to.equal(true);
      cutAt(root, at!);
      expect(segmenterWords(root.textContent!)).to.deep.equal(loose.slice(0, 100));
    }
  });

  it('says nothing of words where paragraphs divide the text', () => {
    for (const html of ['<p>one</p><p>two</p><p>three</p>', 'one<br><br>two<br><br>three', '<div>one<div>two</div>three</div>']) {
      const { at, fellBackToWords } = findPreviewCut(article(html), { unit: 'paragraphs', length: 2 });
      expect(fellBackToWords, html).to.equal(false);
      expect(at, html).to.not.equal(null);
    }
  });

  it('does not count a heading as a paragraph, nor text split across inline elements as two', () => {
    expect(preview('<h2>Title</h2>one <b>bold</b> still one<br><br>two<br><br>three', { unit: 'paragraphs', length: 2 })).to.equal(
      '<h2>Title</h2>one <b>bold</b> still one<br><br>two',
    );
  });
});
