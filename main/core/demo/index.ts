export { generateDemo, type DemoData, type DemoOptions } from './generator';
export { seedDemo, type SeedResult } from './seedDemo';
export { createRng, mulberry32, type Rng } from './prng';
