export * from './articles';
export * from './accounts';
export * from './classes';
export * from './words';
export * from './quiz';
export * from './teaching';
