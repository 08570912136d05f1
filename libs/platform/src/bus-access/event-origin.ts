import { SERVICE_NAMES, type ServiceName, type StreamDefinition, Streams } from '@chaman/contracts';

/** The CloudEvents `source` a service's events carry. */
export function eventSourceOf(service: ServiceName): string {
  return `/chaman/${service}-service`;
}

/** The service that owns a stream: the only client allowed to publish on its subjects. */
export function streamOwnerOf(stream: StreamDefinition): ServiceName | undefined {
  return SERVICE_NAMES.find((service) => Streams[service].name === stream.name);
}
