export * from './markdown.js';
export * from './sentences.js';
export * from './tokens.js';
export * from './boilerplate.js';
export * from './ascii.js';
export * from './links.js';
