/** Spanish strings: `import 'news-widgets/locales/es.js'`, or `<script src=".../locales/es.js">` with the drop-in. */
import { addStrings } from '../format/strings.js';

addStrings('es', {
  by: 'Por {authors}',
  updated: 'Actualizado: {date}',
  readingTime: '{minutes} min de lectura',
  imageCredit: 'Foto: {credit}',
  trendingHeading: 'Tendencias',
  showMore: 'Mostrar más',
  loading: 'Cargando…',
  empty: 'No hay noticias por ahora.',
  errorNetwork: 'No se pudieron cargar las noticias. Comprueba tu conexión.',
  errorTimeout: 'La carga está tardando demasiado. Inténtalo más tarde.',
  errorHttp: 'Las noticias no están disponibles en este momento.',
  errorParse: 'No se pueden mostrar las noticias en este momento.',
  errorInvalid: 'No se pueden mostrar las noticias en este momento.',
  errorNotFound: 'Esta noticia ya no está disponible.',
  newItems: 'Se cargó {count} noticia más|Se cargaron {count} noticias más',
  rank: 'N.º {rank}',
  newTab: '(se abre en una pestaña nueva)',
});
