export * from './sender.service';
