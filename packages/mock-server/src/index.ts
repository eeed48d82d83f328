// @org/mock-server: any vendor's msw mock over real HTTP on 127.0.0.1.
export { startMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export { vendors } from './vendors';
export type { MockOptions, ServedMock } from './vendors';
export type { CorsOptions } from './cors';
export type { FaultKind, FaultOptions, Faults } from './faults';
