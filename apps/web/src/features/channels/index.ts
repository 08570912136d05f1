// What other features may use of this one.
export { ChannelsSection } from './components/channels-section';
