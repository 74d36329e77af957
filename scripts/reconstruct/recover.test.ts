/**
 * Recover, don't refuse: a broken piece of a page costs that piece, with a warning at its file:line;
 * a page is refused only when no operation table can be read. And a prettier-formatted page reads as
 * the generator's own. Given: minimal pages we write; want: what is read, and the warnings.
 */
import { describe, expect, it } from 'vitest';
import { pydanticDoc, pydanticOp } from './fixtures/docs.ts';
import { parseDoc } from './parse-doc.ts';

const op = (name: string) =>
  pydanticOp({
    name,
    signature: `Sprocket ${name}(thing)`,
    summary: 'Op',
    params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **thing** | [**Sprocket**](Sprocket.md)|  | `,
    returns: '[**Sprocket**](Sprocket.md)',
    contentType: 'application/json',
    responses: '**200** | OK |  -  |',
  });
const table = (names: string[]) => names.map((n) => `[**${n}**](X.md#${n}) | **POST** /${n} | Op`).join('\n');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a broken piece costs that piece', () => {
  it('a broken Python example: a warning at the broken call, the operation and the next one read', () => {
    const broken = op('make').replace(
      'thing = sprocket.Sprocket() # Sprocket | ',
      "thing = sprocket.Sprocket(\n        name='x',\n,\n    )",
    );
    const page = pydanticDoc(table(['make', 'keep']), `${broken}\n${op('keep')}`);
    const { api, warnings } = parseDoc('p.md', page);
    expect(api.operations.map((o) => o.name)).toEqual(['make', 'keep']);
    expect(api.operations[0]!.requestBody?.schema).toEqual({ $ref: '#/components/schemas/Sprocket' });
    expect(warnings).toEqual([
      {
        line: lineOf(page, 'thing = sprocket.Sprocket(\n'.trim()),
        message: expect.stringMatching(
          /^operation "make": example code is not valid Python \(.*\); its model arguments are not read$/,
        ),
      },
    ]);
  });

  it('an example call that is never closed: a warning at its line', () => {
    const broken = op('make').replace(
      'thing = sprocket.Sprocket() # Sprocket | ',
      'thing = sprocket.Sprocket(\n        name=\'x",\n',
    );
    const page = pydanticDoc(table(['make']), broken);
    const { warnings } = parseDoc('p.md', page);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/Sprocket\( is never closed/)]);
    expect(warnings[0]!.line).toBe(lineOf(page, 'thing = sprocket.Sprocket('));
  });

  it('no auth example: the scheme it cannot describe is left out, with a warning at the operation', () => {
    const page = pydanticDoc(table(['make']), op('make').replace(/^\* .*Authentication.*\n/gm, ''));
    const { api, warnings } = parseDoc('p.md', page);
    expect(api.operations[0]!.security).toEqual([]);
    expect(warnings).toEqual([
      {
        line: lineOf(page, '# **make**'),
        message: expect.stringMatching(
          /^make: authorization "passAuth", "tokenAuth", "OAuth2ClientCredentials" is not described by any example/,
        ),
      },
    ]);
  });

  it('no operation table: refused, at the line that stopped it', () => {
    const page = pydanticDoc('', op('make')).replace(/^Method \| HTTP request.*\n.*\n/m, '');
    expect(() => parseDoc('p.md', page)).toThrow(/^p\.md:3: operation table: table header not found/);
  });
});

describe('a prettier-formatted page', () => {
  it('reads as the generator wrote it: \\_ escapes, padded tables with outer pipes, - bullets, _italic_ host', () => {
    const page = pydanticDoc(table(['make_it']), op('make_it'))
      .replace('# sprocket.SprocketsApi', '# sprocket.\\_common.SprocketsApi')
      .replace('*http://localhost*', '_http://localhost_')
      .replace(/^Method \| HTTP request \| Description\n.*\n(.*)$/m, (_, row: string) =>
        [
          '| Method | HTTP request | Description |',
          '| ------ | ------------ | ----------- |',
          `| ${row.replace(/_/g, '\\_')} |`,
        ].join('\n'),
      )
      .replace(/^\* /gm, '- ')
      .replace(/^ - \*\*/gm, '- **');
    const { api } = parseDoc('p.md', page);
    expect(api.apiClass).toBe('SprocketsApi');
    expect(api.host).toBe('http://localhost');
    expect(api.operations.map((o) => `${o.method} ${o.path} ${o.name}`)).toEqual(['POST /make_it make_it']);
    expect(Object.keys(api.securitySchemes).sort()).toEqual([
      'OAuth2ClientCredentials',
      'passAuth',
      'tokenAuth',
    ]);
    expect(api.operations[0]!.requestBody?.content.map((c) => c.type)).toEqual(['application/json']);
  });
});
