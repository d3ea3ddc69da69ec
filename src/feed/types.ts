/**
 * The feed model: what the elements render. Only `src/feed/` reads raw JSON; everything else sees these types.
 */

/** A person or organisation credited for an article. Every field is optional, but at least one is present. */
export interface Author {
  name?: string;
  /** An http(s) or resolved relative URL; unsafe URLs are dropped. */
  url?: string;
  /** An http(s) or resolved relative URL of a square avatar image. */
  avatar?: string;
}

/** The article's lead image. */
export interface Image {
  /** An http(s) or resolved relative URL. */
  src: string;
  /** Alternative text from `_news.image_alt`; empty when the feed gives none (the headline names the story). */
  alt: string;
  /** Who the image is credited to, from `_news.image_credit` ("Shutterstock"). */
  credit?: string;
}

/** One item of the feed, normalized. */
export interface Article {
  /** The item's `id` as a string. */
  id: string;
  /** Plain text. Never empty: an item with nothing to show as a headline is dropped. */
  headline: string;
  /** An http(s) or resolved relative URL of the story. */
  url?: string;
  /** The dek: plain text. */
  summary?: string;
  image?: Image;
  authors: Author[];
  published?: Date;
  modified?: Date;
  /** From `_news.section`, else the first tag. */
  section?: string;
  tags: string[];
  /** BCP 47 language tag of the item, else of the feed. */
  language?: string;
  /** `_news.rank`: 1 is the top story. */
  rank?: number;
  /** Whole minutes to read the body, at least 1, from its word count; absent when the item has no body. */
  readingTime?: number;
}

/** A whole feed, normalized. */
export interface Feed {
  /** `https://jsonfeed.org/version/1.1` or `https://jsonfeed.org/version/1`. */
  version: string;
  title: string;
  description?: string;
  homePageUrl?: string;
  /** The feed's own URL: the one it was loaded from, else its `feed_url`. */
  feedUrl?: string;
  /** The next page of the feed (JSON Feed pagination). */
  nextUrl?: string;
  icon?: string;
  language?: string;
  /** IANA time zone from `_news.time_zone`: the publisher's zone for showing times. */
  timeZone?: string;
  authors: Author[];
  items: Article[];
}

/** A bad part of a feed that was dropped; the rest was kept. */
export interface FeedWarning {
  /** JSON path of the bad part, e.g. `items[3].date_published`. */
  path: string;
  /** The item's id, when the bad part belongs to an item that has one. */
  itemId?: string;
  /** One readable sentence: what was wrong and what was done about it. */
  message: string;
}

export interface NormalizeResult {
  feed: Feed;
  warnings: FeedWarning[];
}

/** The error codes of DESIGN.md, shared by the loader and the elements' `news-error` event. */
export type FeedErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'not-found';

/** Why a feed could not be shown at all. */
export class FeedError extends Error {
  override name = 'FeedError';
  declare readonly code: FeedErrorCode;
  /** The feed URL, when the feed came from a URL. */
  declare readonly src?: string;
  /** HTTP status, with code `http`. */
  declare readonly status?: number;
  /** JSON path of the first problem, with code `invalid`. */
  declare readonly path?: string;

  constructor(
    code: FeedErrorCode,
    message: string,
    details: { src?: string; status?: number; path?: string; cause?: unknown } = {},
  ) {
    super(message);
    Object.assign(this, details, { code });
  }
}
