import { describe, expect, it } from 'vitest';
import { failure as fail, ok } from '../../shared/ipc';
import { bearerToken, isAllowedHost, isAllowedOrigin, statusFor, tokenMatches } from './httpPolicy';

describe('isAllowedHost', () => {
  it('accepts the loopback names on our port', () => {
    expect(isAllowedHost('127.0.0.1:4310', 4310)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4310', 4310)).toBe(true);
  });

  it.each([undefined, '', '127.0.0.1', '127.0.0.1:4311', 'evil.example:4310', 'localhost.evil.example:4310', '[::1]:4310'])(
    'refuses %s',
    (host) => {
      expect(isAllowedHost(host, 4310)).toBe(false);
    },
  );
});

describe('isAllowedOrigin', () => {
  it('accepts no Origin and our own origin', () => {
    expect(isAllowedOrigin(undefined, 4310)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4310', 4310)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4310', 4310)).toBe(true);
  });

  it.each(['https://evil.example', 'http://127.0.0.1:4311', 'null', 'https://127.0.0.1:4310', ''])('refuses %s', (origin) => {
    expect(isAllowedOrigin(origin, 4310)).toBe(false);
  });
});

describe('tokens', () => {
  it('matches only the exact token', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
    expect(tokenMatches('abc', '')).toBe(false);
  });

  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc-_1')).toBe('abc-_1');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('statusFor', () => {
  it('maps results to statuses', () => {
    expect(statusFor(ok(1))).toBe(200);
    expect(statusFor(fail('BAD_INPUT', 'x'))).toBe(400);
    expect(statusFor(fail('UNKNOWN_CHANNEL', 'x'))).toBe(404);
    expect(statusFor(fail('NOT_FOUND', 'x'))).toBe(422);
    expect(statusFor(fail('INVALID_TRANSITION', 'x'))).toBe(422);
    expect(statusFor(fail('INTERNAL', 'x'))).toBe(500);
  });
});
