// What an editor shows on hover over each vendor package's built types (TypeScript's language service):
// one operation per vendor with its summary, its input parameter's doc and deprecation, and one input
// field with its description, default and format, never a literal `@description` tag.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './generate.js';
import { hoverService } from './hover.js';

interface Row {
  readonly vendor: string;
  /** The probe: a user's call; `operation` and `field` are hovered in it. */
  readonly code: string;
  readonly operation: string;
  readonly summary: string;
  /** What `@param input` says. */
  readonly input: string;
  /** The `@deprecated` text, or undefined where the operation is not deprecated. */
  readonly deprecated: string | undefined;
  /** More the operation's documentation shows (a code sample laid out on lines). */
  readonly documentation?: string;
  readonly field: string;
  readonly fieldDoc: string;
  readonly fieldTags: readonly string[];
}

const rows: Row[] = [
  {
    vendor: 'onezone',
    code: `import { createOnezoneClient } from '@vendor-clients/onezone';
const client = createOnezoneClient();
await client.listClientTokens();
await client.createUser({ body: { username: 'ada.lovelace' } });
`,
    operation: 'listClientTokens',
    summary: 'List user access tokens',
    input: '@param input Nothing: this operation takes no parameters and no body.',
    deprecated:
      '@deprecated The API deprecates it; its docs name the replacement: `list_named_tokens_of_current_user`.',
    documentation:
      '```bash\ncurl -u username:password -X GET https://$ZONE_HOST/api/v3/onezone/user/client_tokens\n\n{\n  "tokens: [\n     "12da582337ff25cc86db30580b20d3cd"\n  ]\n}\n```',
    field: 'username',
    fieldDoc: "User's human-readable identifier, unique across the system.",
    fieldTags: ['@example new_user'],
  },
  {
    vendor: 'tiledb-cloud',
    code: `import { createTiledbCloudClient } from '@vendor-clients/tiledb-cloud';
const client = createTiledbCloudClient();
await client.getUserWithUsername({ path: { username: 'ada.lovelace' } });
`,
    operation: 'getUserWithUsername',
    summary: 'get a user',
    input: '@param input `path`: Path parameters: `username`.',
    deprecated: undefined,
    field: 'username',
    fieldDoc: 'username or ID',
    fieldTags: [],
  },
  {
    vendor: 'arthur',
    code: `import { createArthurClient } from '@vendor-clients/arthur';
const client = createArthurClient();
await client.getOrganizationUsers({ query: { page_size: 50 } });
`,
    operation: 'getOrganizationUsers',
    summary: 'Get Users In An Organization.',
    input:
      '@param input `query`: Query parameters: `sort`?, `order`?, `user_types`?, `search`?, `user_ids`?, `page`?, `page_size`?.',
    deprecated: undefined,
    field: 'page_size',
    fieldDoc: 'The number of records per page. The max is 1000.',
    fieldTags: ['@default 20'],
  },
  {
    vendor: 'kestra',
    code: `import { createKestraClient } from '@vendor-clients/kestra';
const client = createKestraClient();
await client.listUsers({ query: { page: 1, size: 25 } });
`,
    operation: 'listUsers',
    summary: 'Retrieve users',
    input: '@param input `query`: Query parameters: `page`, `size`, `q`?, `sort`?.',
    deprecated: undefined,
    field: 'size',
    fieldDoc: 'The current page size',
    fieldTags: ['@default 10'],
  },
  {
    vendor: 'extremecloudiq',
    code: `import { createExtremecloudiqClient } from '@vendor-clients/extremecloudiq';
const client = createExtremecloudiqClient();
await client.listUsers({ query: { page: 1, limit: 10 } });
`,
    operation: 'listUsers',
    summary: 'List all users',
    input: '@param input `query`: Query parameters: `page`?, `limit`?.',
    deprecated: undefined,
    field: 'limit',
    fieldDoc: 'Format: int32',
    fieldTags: ['@default 10'],
  },
];

describe.each(rows)('hover in $vendor', (row) => {
  const service = hoverService(join(repoRoot, 'packages', row.vendor), row.code);

  it('the probe compiles', () => {
    expect(service.errors()).toEqual([]);
  });

  it(`${row.operation}: summary, input doc and deprecation`, () => {
    const hover = service.hover(row.operation);
    expect(hover.documentation.split('\n')[0]).toBe(row.summary);
    if (row.documentation) expect(hover.documentation).toContain(row.documentation);
    expect(hover.tags).toContain(row.input);
    expect(hover.tags.filter((t) => t.startsWith('@deprecated'))).toEqual(
      row.deprecated ? [row.deprecated] : [],
    );
  });

  it(`${row.field}: description, default and format, no literal @description`, () => {
    const hover = service.hover(row.field);
    expect(hover.documentation).toContain(row.fieldDoc);
    expect(hover.tags).toEqual(row.fieldTags);
    expect(`${hover.documentation}${hover.tags.join('')}`).not.toContain('@description');
  });
});
