import { describe, expect, it } from 'vitest';
import { readCurlSamples } from './samples.ts';

/** A description's cURL example as a swagger-codegen doc prints it: one line, `\"`-escaped. */
const curl = (command: string) =>
  `Does a thing.  ***Example cURL requests***  **Do it** \`\`\`bash ${command.replace(/"/g, '\\"')} \`\`\` `;

/** given: the command (and what it prints); want: the samples read, and how many problems were reported. */
type TestCase = [
  name: string,
  given: string,
  want: { request?: unknown; response?: unknown; problems: number },
];

const cases: TestCase[] = [
  [
    'the body printed after the URL',
    curl('curl -u u:p -X GET https://$HOST/api/things/$ID  {   "id": "t1",   "size": 3 }'),
    { response: { id: 't1', size: 3 }, problems: 0 },
  ],
  [
    'URLs inside the printed body are not the command URL',
    curl(
      'curl -X GET https://$HOST/api/services/$ID  {  "proxy": "https://localhost:17000/p",  "x": { "host": "https://a.test" } }',
    ),
    { response: { proxy: 'https://localhost:17000/p', x: { host: 'https://a.test' } }, problems: 0 },
  ],
  [
    'braces inside a string of the printed body',
    curl('curl https://$HOST/api/s  { "template": "{{space.name}}-{{space.guid}}" }'),
    { response: { template: '{{space.name}}-{{space.guid}}' }, problems: 0 },
  ],
  [
    'a -d payload before the URL',
    curl(
      `curl -H "Content-type: application/json" -X POST -d '{ "name" : "n1", "n": 2 }' https://$HOST/api/things`,
    ),
    { request: { name: 'n1', n: 2 }, problems: 0 },
  ],
  [
    'a -d payload after the URL',
    curl(
      `curl -X PATCH https://$HOST/api/things/$ID \\\\ -H "Content-Type: application/json" -d '{"blocked": true}'`,
    ),
    { request: { blocked: true }, problems: 0 },
  ],
  [
    "a payload with the doc's escaped single quotes inside",
    curl(`curl -X POST -d '{ "meta": "<?xml version=\\\\'1.0\\\\'?>" }' https://$HOST/api/h`),
    { request: { meta: "<?xml version='1.0'?>" }, problems: 0 },
  ],
  [
    'the "{ ... }" placeholder is not a sample',
    curl(`curl -X POST -d '{ ... }' https://$HOST/api/h`),
    { problems: 0 },
  ],
  [
    'an unclosed payload missing a comma and a brace, with line continuations, ends at the URL',
    curl(
      `curl -X POST -d '{ "name" : "h1", "kind" : "es"  \\\\ "config" : { "link": "http://a.test/help", "n": 1 }, \\\\ https://$HOST/api/harvesters`,
    ),
    { request: { name: 'h1', kind: 'es', config: { link: 'http://a.test/help', n: 1 } }, problems: 1 },
  ],
  [
    'a key missing its closing quote',
    curl('curl -X GET https://$HOST/api/tokens  {   "tokens: [      "t1"   ] }'),
    { response: { tokens: ['t1'] }, problems: 1 },
  ],
  [
    'a string with a stray backslash before its closing quote',
    curl('curl https://$HOST/api/h  { "m": "a \\\\\\\\"b\\\\">", "n": 1 }'),
    { response: { m: 'a \\"b">', n: 1 }, problems: 1 },
  ],
  [
    'a sample that cannot be repaired is skipped and reported',
    curl('curl https://$HOST/api/h  { <html> }'),
    { problems: 1 },
  ],
  ['no sample at all', curl('curl -X DELETE https://$HOST/api/things/$ID'), { problems: 0 }],
];

describe('readCurlSamples', () => {
  it.each(cases)('%s', (_name, given, want) => {
    const got = readCurlSamples(given);
    expect({ request: got.request, response: got.response }).toEqual({
      request: want.request,
      response: want.response,
    });
    expect(got.problems).toHaveLength(want.problems);
  });

  it('says which sample was repaired and why it was not JSON', () => {
    const got = readCurlSamples(curl('curl https://$HOST/api/t  { "tokens: [ "t1" ] }'));
    expect(got.problems).toEqual([
      expect.stringMatching(/^response sample: not valid JSON \(.+\); read as repaired$/),
    ]);
  });
});
