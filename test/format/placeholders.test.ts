import { expect } from '@open-wc/testing';
import { fillMessage, fillUrl, placeholderKey } from '../../src/format/placeholders.js';

describe('fillMessage', () => {
  it('fills {name} placeholders', () => {
    expect(fillMessage('{price}/month', { price: '₹300' })).to.equal('₹300/month');
    expect(fillMessage('Read {used} of {freeLimit}', { used: 3, freeLimit: 5 })).to.equal('Read 3 of 5');
    expect(fillMessage('No placeholders', {})).to.equal('No placeholders');
    expect(fillMessage('{n} left', { n: 0 })).to.equal('0 left');
  });

  it('fills {{name}}, spaces inside the braces, and snake_case names, as copy moved from other systems has them', () => {
    expect(fillMessage('You have read {{used}} of { limit }', { used: 3, limit: 5 })).to.equal('You have read 3 of 5');
    expect(fillMessage('Your limit of {{free_limit}} free articles', { freeLimit: 3 })).to.equal('Your limit of 3 free articles');
    expect(fillMessage('{{ free_limit }} left', { freeLimit: 0 })).to.equal('0 left');
    expect(placeholderKey('articles__read_2')).to.equal('articlesRead2');
  });

  it('gives up rather than show an unusable value or a raw brace', () => {
    for (const value of [undefined, null, NaN, -1, Infinity, '', '  ', {}, []]) {
      expect(fillMessage('You read {used} articles', { used: value }), String(value)).to.equal(undefined);
    }
    expect(fillMessage('{{free_limit}} free articles', {})).to.equal(undefined);
    expect(fillMessage('{missing}', { other: 1 })).to.equal(undefined);
    expect(fillMessage('a stray { brace', {})).to.equal(undefined);
    expect(fillMessage('a stray } brace', {})).to.equal(undefined);
    expect(fillMessage('{{used} of it', { used: 1 })).to.equal(undefined);
  });

  it('reads only own values, never the prototype', () => {
    expect(fillMessage('{constructor}', {})).to.equal(undefined);
    expect(fillMessage('{toString}', {})).to.equal(undefined);
    expect(fillMessage('{__proto__}', {})).to.equal(undefined);
  });

  it('inserts values as they are, without evaluating them', () => {
    expect(fillMessage('{x}', { x: '{{constructor.constructor("alert(1)")()}}' })).to.equal(undefined);
    expect(fillMessage('{x}!', { x: '<img src=x onerror=alert(1)>' })).to.equal('<img src=x onerror=alert(1)>!');
  });
});

describe('fillUrl', () => {
  it('fills each value URL-encoded, in either brace form, and leaves unknown names as written', () => {
    const values = { articleId: 'a b&c', returnUrl: 'https://n.example/s?x=1' };
    expect(fillUrl('/e?a={articleId}&r={{returnUrl}}&x={other}', values)).to.equal(
      '/e?a=a%20b%26c&r=https%3A%2F%2Fn.example%2Fs%3Fx%3D1&x={other}',
    );
    expect(fillUrl('/content/{article_id}', values)).to.equal('/content/a%20b%26c');
    expect(fillUrl('/{constructor}', values)).to.equal('/{constructor}');
  });
});
