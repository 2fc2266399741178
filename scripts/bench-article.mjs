// The synthetic article every benchmark uses: paragraphs of 60 words (a bold word and a link in
// each), and a heading and a figure every tenth paragraph. Returned as HTML, for the page.
const VOCABULARY = 'the council voted to build a tram line along river bank linking port district with central station'.split(' ');

export function articleHtml(words) {
  let html = '';
  for (let w = 0, p = 0; w < words; p++) {
    if (p % 10 === 9) html += '<h2>Section heading</h2><figure><img alt="" width="1" height="1"><figcaption>Caption</figcaption></figure>';
    const n = Math.min(60, words - w);
    const text = Array.from({ length: n }, (_, i) => VOCABULARY[(w + i) % VOCABULARY.length]);
    text[5] = `<b>${text[5]}</b>`;
    if (n > 20) text[20] = `<a href="#">${text[20]}</a>`;
    html += `<p>${text.join(' ')}.</p>`;
    w += n;
  }
  return html;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
