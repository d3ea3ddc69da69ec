/** German strings: `import 'news-widgets/locales/de.js'`, or `<script src=".../locales/de.js">` with the drop-in. */
import { addStrings } from '../format/strings.js';

addStrings('de', {
  by: 'Von {authors}',
  updated: 'Aktualisiert: {date}',
  readingTime: '{minutes} Min. Lesezeit',
  imageCredit: 'Foto: {credit}',
  trendingHeading: 'Im Trend',
  showMore: 'Mehr anzeigen',
  loading: 'Wird geladen…',
  empty: 'Derzeit keine Artikel.',
  errorNetwork: 'Artikel konnten nicht geladen werden. Bitte Verbindung prüfen.',
  errorTimeout: 'Das Laden dauert zu lange. Bitte später erneut versuchen.',
  errorHttp: 'Artikel sind gerade nicht verfügbar.',
  errorParse: 'Artikel können gerade nicht angezeigt werden.',
  errorInvalid: 'Artikel können gerade nicht angezeigt werden.',
  errorNotFound: 'Dieser Artikel ist nicht mehr verfügbar.',
  newItems: '{count} weiterer Artikel geladen|{count} weitere Artikel geladen',
  rank: 'Nr. {rank}',
  newTab: '(öffnet in neuem Tab)',
});
