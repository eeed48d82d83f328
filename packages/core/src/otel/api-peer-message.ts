/** What a user without the OpenTelemetry API reads when they import `./otel`. */
export const missingOtel =
  '@opentelemetry/api is not installed. Tracing the @org clients (`@org/sdk-core/otel`) needs it as a peer ' +
  'dependency: run `npm install @opentelemetry/api` (1.3 or newer), next to your OpenTelemetry SDK.';
