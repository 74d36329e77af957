export * from './generated/raw.gen.js';
