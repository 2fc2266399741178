import { expect } from '@open-wc/testing';
import { preview } from './helpers.js';

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
