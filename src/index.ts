/**
 * news-widgets: the public API. Importing an element's module defines its tag (once); `news-widgets/news-card.js`
 * and the other entries define only what they need.
 */
export { NewsCard } from './elements/news-card.js';
export { NewsTrending } from './elements/news-trending.js';
export { NewsByline } from './elements/news-byline.js';
export { NewsFeed } from './elements/news-feed.js';
export { NewsElement, type CardVariant, type NewsState } from './elements/news-element.js';
export { loadFeed, resolveFeed, readInlineFeed, clearFeedCache, isAbortError } from './feed/loader.js';
export type { LoadOptions, ResolveOptions } from './feed/loader.js';
export { normalizeFeed } from './feed/normalize.js';
export { FeedError } from './feed/types.js';
export type { Article, Author, Feed, FeedErrorCode, FeedWarning, Image, NormalizeResult } from './feed/types.js';
export { addStrings, type NewsStrings } from './format/strings.js';
export type { DateStyle } from './format/date.js';
export type { NewsArticleClickDetail, NewsErrorDetail, NewsLoadDetail } from './events.js';
