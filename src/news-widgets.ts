/**
 * The drop-in entry (input of dist/news-widgets.js): defines all four elements. Tags already defined, by an
 * earlier copy of this script or by the npm build, are left alone. The drop-in has no global API; the classes are
 * exported only so that bundlers keep their modules, which define the tags.
 */
export { NewsCard } from './elements/news-card.js';
export { NewsTrending } from './elements/news-trending.js';
export { NewsByline } from './elements/news-byline.js';
export { NewsFeed } from './elements/news-feed.js';
