import { describe, expect, it } from 'vitest';
import { redactSecrets, SentSecrets } from './redact.js';

describe('redactSecrets', () => {
  const cases: Array<{ text: string; secrets: string[]; want: string }> = [
    { text: 'token abc123 rejected', secrets: ['abc123'], want: 'token [redacted] rejected' },
    { text: 'abc abc', secrets: ['abc'], want: '[redacted] [redacted]' },
    { text: 'nothing here', secrets: ['zzz'], want: 'nothing here' },
    { text: 'empty secrets are ignored', secrets: [''], want: 'empty secrets are ignored' },
    { text: 'a=p%40ss%2Fw', secrets: ['p@ss/w'], want: 'a=[redacted]' },
    { text: 'a=x+y', secrets: ['x y'], want: 'a=[redacted]' },
    { text: 'longsecret', secrets: ['long', 'longsecret'], want: '[redacted]' },
    // Short secrets: masked where they stand whole, never inside a longer word.
    { text: '/api/v1/users/u1', secrets: ['user'], want: '/api/v1/users/u1' },
    { text: 'Bearer user', secrets: ['Bearer user', 'user'], want: '[redacted]' },
    { text: 'user', secrets: ['user'], want: '[redacted]' },
    { text: '?key=user&page=2', secrets: ['user'], want: '?key=[redacted]&page=2' },
    { text: '{"token":"user"}', secrets: ['user'], want: '{"token":"[redacted]"}' },
    { text: 'superuser user_x', secrets: ['user'], want: 'superuser [redacted]_x' },
    { text: 'a.b.c', secrets: ['.'], want: 'a.b.c' },
    { text: 'userusers', secrets: ['users'], want: 'userusers' },
    // From 8 characters on, a secret is masked wherever it shows.
    { text: 'xx12345678yy', secrets: ['12345678'], want: 'xx[redacted]yy' },
  ];
  it.each(cases)('$text / $secrets', ({ text, secrets, want }) => {
    expect(redactSecrets(text, secrets)).toBe(want);
  });

  it('takes any iterable', () => {
    expect(redactSecrets('s1 s2', new Set(['s1', 's2']))).toBe('[redacted] [redacted]');
  });
});

describe('SentSecrets', () => {
  type Step = ['hold' | 'release', string];
  const cases: Array<{
    name: string;
    keep: number;
    steps: Step[];
    want: { size: number; text: string; redacted: string };
  }> = [
    {
      name: 'a held value is redacted',
      keep: 2,
      steps: [['hold', 'token-aaaaaaaa']],
      want: { size: 1, text: 'got token-aaaaaaaa', redacted: 'got [redacted]' },
    },
    {
      name: 'a released value is kept among the recent ones',
      keep: 2,
      steps: [
        ['hold', 'token-aaaaaaaa'],
        ['release', 'token-aaaaaaaa'],
      ],
      want: { size: 1, text: 'got token-aaaaaaaa', redacted: 'got [redacted]' },
    },
    {
      name: 'past `keep` released values, the oldest is forgotten',
      keep: 2,
      steps: [
        ['hold', 'token-aaaaaaaa'],
        ['release', 'token-aaaaaaaa'],
        ['hold', 'token-bbbbbbbb'],
        ['release', 'token-bbbbbbbb'],
        ['hold', 'token-cccccccc'],
        ['release', 'token-cccccccc'],
      ],
      want: {
        size: 2,
        text: 'token-aaaaaaaa token-bbbbbbbb token-cccccccc',
        redacted: 'token-aaaaaaaa [redacted] [redacted]',
      },
    },
    {
      name: 'a value still held by another call is never forgotten',
      keep: 1,
      steps: [
        ['hold', 'token-aaaaaaaa'],
        ['hold', 'token-aaaaaaaa'],
        ['release', 'token-aaaaaaaa'],
        ['hold', 'token-bbbbbbbb'],
        ['release', 'token-bbbbbbbb'],
        ['hold', 'token-cccccccc'],
        ['release', 'token-cccccccc'],
      ],
      want: {
        size: 2,
        text: 'token-aaaaaaaa token-bbbbbbbb token-cccccccc',
        redacted: '[redacted] token-bbbbbbbb [redacted]',
      },
    },
    {
      name: 'a static value held and released by every call stays one entry',
      keep: 1,
      steps: Array.from({ length: 50 }, (_, i): Step => [i % 2 ? 'release' : 'hold', 'static-key-1234']),
      want: { size: 1, text: 'k=static-key-1234', redacted: 'k=[redacted]' },
    },
  ];
  it.each(cases)('$name', ({ keep, steps, want }) => {
    const secrets = new SentSecrets(keep);
    for (const [verb, value] of steps) secrets[verb](value);
    expect(secrets.size).toBe(want.size);
    expect(secrets.redact(want.text)).toBe(want.redacted);
  });

  it('stays bounded whatever a provider returns: 20,000 values, one call at a time', () => {
    const secrets = new SentSecrets();
    for (let i = 0; i < 20_000; i++) {
      const value = `rotating-token-${i}`;
      secrets.hold(value);
      expect(secrets.redact(`echo ${value}`)).toBe('echo [redacted]');
      secrets.release(value);
    }
    expect(secrets.size).toBe(secrets.keep);
  });
});
