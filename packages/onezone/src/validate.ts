export * from './generated/validate.gen.js';
