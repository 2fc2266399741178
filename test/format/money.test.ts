import { expect } from '@open-wc/testing';
import { formatMoney, isKnownCurrency, minorDigits, perMonthPrice } from '../../src/format/money.js';

describe('formatMoney', () => {
  it('shows whole rupees without a fraction, in Indian grouping', () => {
    expect(formatMoney(2700, 'INR', 'en-IN')).to.equal('₹2,700');
    expect(formatMoney(150000, 'INR', 'en-IN')).to.equal('₹1,50,000');
  });

  it('shows minor units when the amount has a fraction', () => {
    expect(formatMoney(9.5, 'USD', 'en-US')).to.equal('$9.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).to.equal('1.234,50\u00a0€');
  });

  it('keeps the fraction digits when asked to, even for a whole result', () => {
    expect(formatMoney(3, 'USD', 'en-US', false)).to.equal('$3.00');
  });

  it('formats a plain number without a currency', () => {
    expect(formatMoney(2700, undefined, 'en-IN')).to.equal('2,700');
  });
});

describe('perMonthPrice', () => {
  it('derives the page figures, rounding down to whole units', () => {
    expect(perMonthPrice(900, 3, 'INR')).to.equal(300);
    expect(perMonthPrice(2700, 12, 'INR')).to.equal(225);
    expect(perMonthPrice(3900, 24, 'INR')).to.equal(162);
  });

  it('rounds down to minor units, free of float error, when the price has a fraction', () => {
    expect(perMonthPrice(9.99, 3, 'USD')).to.equal(3.33);
    expect(perMonthPrice(10, 3, 'USD')).to.equal(3);
    expect(perMonthPrice(10.5, 4, 'USD')).to.equal(2.62);
    expect(perMonthPrice(0.7, 1, 'USD')).to.equal(0.7);
  });

  it('keeps minor units when whole units would round a small price down to nothing', () => {
    expect(perMonthPrice(10, 24, 'INR')).to.equal(0.41);
    expect(perMonthPrice(24, 24, 'INR')).to.equal(1);
  });

  it('respects currencies with other minor units', () => {
    expect(minorDigits('JPY')).to.equal(0);
    expect(minorDigits('KWD')).to.equal(3);
    expect(perMonthPrice(10.5, 4, 'KWD')).to.equal(2.625);
  });
});

describe('isKnownCurrency', () => {
  it('knows ISO 4217 codes and nothing else', () => {
    expect(isKnownCurrency('INR')).to.equal(true);
    expect(isKnownCurrency('EUR')).to.equal(true);
    expect(isKnownCurrency('XYZ')).to.equal(false);
    expect(isKnownCurrency('inr')).to.equal(false);
  });
});
