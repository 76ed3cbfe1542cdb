export * from './coverage.ts';
export * from './html.ts';
export * from './parameter-chart.ts';
export * from './jurisdiction-page.ts';
export * from './render-reference.ts';
export * from './citation-target.ts';
