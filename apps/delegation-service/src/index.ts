export * from './delegation.service';
