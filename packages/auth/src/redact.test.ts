import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  const cases: Array<{ text: string; secrets: string[]; want: string }> = [
    { text: 'token abc123 rejected', secrets: ['abc123'], want: 'token [redacted] rejected' },
    { text: 'abc abc', secrets: ['abc'], want: '[redacted] [redacted]' },
    { text: 'nothing here', secrets: ['zzz'], want: 'nothing here' },
    { text: 'empty secrets are ignored', secrets: [''], want: 'empty secrets are ignored' },
    { text: 'a=p%40ss%2Fw', secrets: ['p@ss/w'], want: 'a=[redacted]' },
    { text: 'a=x+y', secrets: ['x y'], want: 'a=[redacted]' },
    { text: 'longsecret', secrets: ['long', 'longsecret'], want: '[redacted]' },
    { text: 'a.b.c', secrets: ['.'], want: 'a[redacted]b[redacted]c' },
  ];
  it.each(cases)('$text / $secrets', ({ text, secrets, want }) => {
    expect(redactSecrets(text, secrets)).toBe(want);
  });

  it('takes any iterable', () => {
    expect(redactSecrets('s1 s2', new Set(['s1', 's2']))).toBe('[redacted] [redacted]');
  });
});
