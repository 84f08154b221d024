import { describe, expect, it } from 'vitest';
import { isPhoneValid, isPostalCodeValid, isStreetValid, postalAddress } from '../src/postal-address.ts';
import { problemsOf } from '../src/validation.ts';

const berlin = { name: 'Ada', line1: 'Invalidenstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' };

describe('postal address rules', () => {
  it('checks postal codes in the format of their country', () => {
    expect(isPostalCodeValid('10115', 'DE')).toBe(true);
    expect(isPostalCodeValid('ABC', 'DE')).toBe(false);
    expect(isPostalCodeValid('94103', 'US')).toBe(true);
    expect(isPostalCodeValid('94103', 'de')).toBe(true);
  });

  it('checks phone numbers against the numbering plan of the country', () => {
    expect(isPhoneValid('+49 30 1234567', 'DE')).toBe(true);
    expect(isPhoneValid('030 1234567', 'DE')).toBe(true);
    expect(isPhoneValid('12', 'DE')).toBe(false);
  });

  it('wants a street to look like one', () => {
    expect(isStreetValid('Hauptstr. 5')).toBe(true);
    expect(isStreetValid('x')).toBe(false);
    expect(isStreetValid('123')).toBe(false);
  });

  it('passes a good address unchanged, keeping the fields it does not judge', () => {
    expect(problemsOf(postalAddress, { ...berlin, phone: '+49 30 1234567' }, ['address'])).toEqual([]);
    const result = postalAddress['~standard'].validate(berlin);
    expect(result).toEqual({ value: berlin });
  });

  it('reports every problem at once, each on its field with its code', () => {
    const problems = problemsOf(postalAddress, { ...berlin, line1: 'x', postalCode: 'ABC', phone: '12' }, ['address']);
    expect(problems.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'INVALID_STREET', field: ['address', 'line1'] },
      { code: 'INVALID_POSTAL_CODE', field: ['address', 'postalCode'] },
      { code: 'INVALID_PHONE', field: ['address', 'phone'] },
    ]);
    expect(problems[1]?.message).toBe('Enter a postal code as written in Germany');
    expect(postalAddress.codes).toEqual(['INVALID_POSTAL_CODE', 'INVALID_STREET', 'INVALID_PHONE']);
  });

  it('leaves an address without a well-formed country to the country rule', () => {
    expect(problemsOf(postalAddress, { ...berlin, line1: 'x', postalCode: 'ABC', country: 'Germany' }, [])).toEqual([]);
  });

  it('leaves blank fields to the required-text rule', () => {
    expect(problemsOf(postalAddress, { ...berlin, line1: ' ', postalCode: '' }, [])).toEqual([]);
  });
});
