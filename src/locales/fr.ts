/** French strings: `import 'news-widgets/locales/fr.js'`, or `<script src=".../locales/fr.js">` with the drop-in. */
import { addStrings } from '../format/strings.js';

addStrings('fr', {
  by: 'Par {authors}',
  updated: 'Mis à jour\u00a0: {date}',
  readingTime: '{minutes} min de lecture',
  imageCredit: 'Photo\u00a0: {credit}',
  trendingHeading: 'Tendances',
  showMore: 'Afficher plus',
  loading: 'Chargement…',
  empty: 'Aucun article pour le moment.',
  errorNetwork: 'Impossible de charger les articles. Vérifiez votre connexion.',
  errorTimeout: 'Le chargement prend trop de temps. Réessayez plus tard.',
  errorHttp: 'Les articles sont indisponibles pour le moment.',
  errorParse: 'Les articles ne peuvent pas être affichés pour le moment.',
  errorInvalid: 'Les articles ne peuvent pas être affichés pour le moment.',
  errorNotFound: 'Cet article n’est plus disponible.',
  newItems: '{count} article de plus chargé|{count} articles de plus chargés',
  rank: 'N°\u00a0{rank}',
  newTab: '(s’ouvre dans un nouvel onglet)',
});
