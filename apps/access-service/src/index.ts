export * from './access.service';
