/** An error in an input file, reported as `file:line: message` so editors can jump to it. */
export class DocError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'DocError';
  }
}
