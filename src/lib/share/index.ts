/** Share links and review bundles (DESIGN.md, workflow 6). */
export * from './anchor';
export * from './bundle';
export * from './codec';
export * from './export';
export * from './inbox';
export * from './rubric';
export * from './token';
