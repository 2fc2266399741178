import { expect } from '@open-wc/testing';
import { load, save } from '../../src/entitlements/storage.js';
import { breakStorage } from '../support/api.js';

describe('storage', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    restore = () => {};
  });

  it('keeps JSON values in localStorage and sessionStorage', () => {
    save('localStorage', 'test-a', { n: 1 });
    expect(JSON.parse(localStorage.getItem('paywall-elements:test-a')!)).to.deep.equal({ n: 1 });
    expect(load('localStorage', 'test-a')).to.deep.equal({ n: 1 });
    save('sessionStorage', 'test-a', [1]);
    expect(load('sessionStorage', 'test-a')).to.deep.equal([1]);
  });

  it('serves from memory when storage throws on every call', () => {
    restore = breakStorage(['getItem', 'setItem']);
    expect(() => save('localStorage', 'test-b', 'kept')).to.not.throw();
    expect(load('localStorage', 'test-b')).to.equal('kept');
    expect(load('localStorage', 'never-saved')).to.equal(undefined);
  });

  it('gives undefined, not an error, for a value that is not JSON', () => {
    localStorage.setItem('paywall-elements:test-c', '{not json');
    expect(load('localStorage', 'test-c')).to.equal(undefined);
  });
});
