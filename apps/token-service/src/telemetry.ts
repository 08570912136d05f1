// Imported first by main.ts: tracing must start before http and pg are loaded (configured by the standard OTEL_* variables).
import { startTracing } from '@chaman/telemetry';

startTracing('token-service');
