// Imported first by main.ts: tracing must start before http and pg are loaded (off unless OTEL_EXPORTER_OTLP_ENDPOINT).
import { startTracing } from '@chaman/telemetry';

startTracing('token-service');
