import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatorVersion, jarPath, packagedJar, placeJar } from './jar.ts';

const dir = mkdtempSync(join(tmpdir(), 'vc-jar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const source = join(dir, 'pkg', 'bin', 'openapi-generator.jar');
mkdirSync(join(dir, 'pkg', 'bin'), { recursive: true });
writeFileSync(source, 'the jar');

/** given: what is at the target before; want: what placeJar reports. Afterwards the target is the JAR. */
const cases: Array<[name: string, given: (target: string) => void, want: string]> = [
  ['nothing there yet (the folder neither)', () => {}, 'linked'],
  ['a link to the JAR already', (t) => placeJar(source, t), 'present'],
  ['a stale file of another size', (t) => writeFileSync(t, 'an older jar, longer'), 'linked'],
  ['a dangling link', (t) => symlinkSync(join(dir, 'gone.jar'), t), 'linked'],
];

describe('placeJar', () => {
  it.each(cases)('%s', (name, given, want) => {
    const target = join(dir, name.replace(/\W+/g, '-'), 'jars', `${generatorVersion}.jar`);
    if (!name.startsWith('nothing')) mkdirSync(join(target, '..'), { recursive: true });
    given(target);
    expect(placeJar(source, target)).toBe(want);
    expect(realpathSync(target)).toBe(realpathSync(source));
    expect(readFileSync(target, 'utf8')).toBe('the jar');
    expect(existsSync(`${target}.tmp-${process.pid}`), 'no temporary file left').toBe(false);
  });
});

describe('the pinned JAR', () => {
  it('comes from the openapi-generator-jar package, for the version openapitools.json pins', () => {
    expect(packagedJar()).toMatch(/openapi-generator-cli.*[/\\]bin[/\\]openapi-generator\.jar$/);
    expect(jarPath.endsWith(join('openapi-generator', 'jars', '5.0.0-beta2.jar'))).toBe(true);
  });
});
