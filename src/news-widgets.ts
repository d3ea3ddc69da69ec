/**
 * The drop-in entry (input of dist/news-widgets.js): defines all four elements. Tags already defined, by an
 * earlier copy of this script or by the npm build, are left alone.
 */
export * from './index.js';
