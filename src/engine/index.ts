export * from './meters';
export * from './text';
export * from './theory';
export * from './fit';
export * from './state';
export * from './rules';
