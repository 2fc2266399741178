// Spanish copy for the paywall's elements: `import es from 'paywall-elements/locales/es.js'`, then
// `registerLocale(es)`. The script-tag build loads it by itself on a page in Spanish.
import type { Locale } from './locale.js';

const es: Locale = {
  lang: 'es',
  strings: {
    heading: {
      count: 'limit',
      one: 'Este mes ya has leído {used} de {limit} artículo gratuito.',
      other: 'Este mes ya has leído {used} de tus {limit} artículos gratuitos.',
    },
    headingSubscribersOnly: {
      one: 'Este artículo es exclusivo para suscriptores. Este mes aún te queda {remaining} de {limit} artículos gratuitos para otras noticias.',
      other:
        'Este artículo es exclusivo para suscriptores. Este mes aún te quedan {remaining} de {limit} artículos gratuitos para otras noticias.',
    },
    headingUnavailable: 'Ahora mismo no hemos podido comprobar tu acceso.',
    headingFallback: 'Este artículo es exclusivo para suscriptores.',
    subheading: 'Con una suscripción puedes leer todo lo que publicamos.',
    loginPrompt: '¿Ya tienes una suscripción?',
    loginLabel: 'Inicia sesión',
    cta: 'Suscríbete para seguir leyendo',
    unlocked: 'Acceso completo. Sigue leyendo más abajo.',
    region: 'Artículo',
    plans: 'Planes de suscripción',
    notice: {
      one: 'Te queda {remaining} de {limit} artículos gratuitos este mes.',
      other: 'Te quedan {remaining} de {limit} artículos gratuitos este mes.',
    },
    noticeLink: 'Suscríbete y léelos todos',
    noticeDismiss: 'Cerrar',
  },
  plan: {
    cta: 'Elegir este plan',
    renewalNote: 'El plan se renueva automáticamente hasta que lo canceles.',
    perMonth: '{price} al mes',
  },
  periods: {
    year: { one: '{n} año', other: '{n} años' },
    month: { one: '{n} mes', other: '{n} meses' },
    week: { one: '{n} semana', other: '{n} semanas' },
    day: { one: '{n} día', other: '{n} días' },
  },
};

export default es;
