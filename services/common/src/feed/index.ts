export * from './feed-table';
export * from './feed-subscription';
export { FeedHub } from './feed';
