import { expect } from '@open-wc/testing';
import { createSafeStorage } from '../../src/entitlements/safe-storage.js';
import { breakStorage } from '../support/api.js';

describe('createSafeStorage', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    restore = () => {};
  });

  it('keeps JSON values in localStorage and sessionStorage', () => {
    createSafeStorage('localStorage').save('test-a', { n: 1 });
    expect(JSON.parse(localStorage.getItem('paywall-elements:test-a')!)).to.deep.equal({ n: 1 });
    expect(createSafeStorage('localStorage').load('test-a')).to.deep.equal({ n: 1 });
    createSafeStorage('sessionStorage').save('test-a', [1]);
    expect(createSafeStorage('sessionStorage').load('test-a')).to.deep.equal([1]);
  });

  it('serves from its own memory when storage throws on every call', () => {
    restore = breakStorage(['getItem', 'setItem']);
    const storage = createSafeStorage('localStorage');
    expect(() => storage.save('test-b', 'kept')).to.not.throw();
    expect(storage.load('test-b')).to.equal('kept');
    expect(storage.load('never-saved')).to.equal(undefined);
    // Another object has a memory of its own.
    expect(createSafeStorage('localStorage').load('test-b')).to.equal(undefined);
  });

  it('gives undefined, not an error, for a value that is not JSON', () => {
    localStorage.setItem('paywall-elements:test-c', '{not json');
    expect(createSafeStorage('localStorage').load('test-c')).to.equal(undefined);
  });
});
