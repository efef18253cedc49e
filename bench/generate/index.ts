/** The benchmark article generator (bench/README in docs/benchmarks.md). */
export * from './article';
export * from './images';
export * from './library';
export { createRng, hashString, type Rng } from './prng';
