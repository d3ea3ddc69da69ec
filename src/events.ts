import type { Article, Feed, FeedErrorCode, FeedWarning } from './feed/types.js';

/** Detail of `news-load`: the element's data has loaded. */
export interface NewsLoadDetail {
  feed: Feed;
  /** The bad parts of the feed that were dropped (also written once to the console). */
  warnings: FeedWarning[];
}

/** Detail of `news-error`: the element could not show its data. */
export interface NewsErrorDetail {
  code: FeedErrorCode;
  /** For the site owner: what went wrong and where. */
  message: string;
  /** The feed URL, when the data came from `src`. */
  src?: string;
  /** The HTTP status, with code `http`. */
  status?: number;
  /** The JSON path of the first problem, with code `invalid`. */
  path?: string;
}

/** Detail of `news-article-click`: a reader followed an article link. */
export interface NewsArticleClickDetail {
  article: Article;
  /** Where the article stands in what the element shows, from 1. */
  position: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-article-click': CustomEvent<NewsArticleClickDetail>;
  }
}
