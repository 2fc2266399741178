// German copy for the paywall's elements: `import de from 'paywall-elements/locales/de.js'`, then
// `registerLocale(de)`. The script-tag build loads it by itself on a page in German.
import type { Locale } from './locale.js';

const de: Locale = {
  lang: 'de',
  strings: {
    heading: {
      count: 'limit',
      one: 'Sie haben in diesem Monat {used} von {limit} Gratisartikel gelesen.',
      other: 'Sie haben in diesem Monat {used} von {limit} Gratisartikeln gelesen.',
    },
    headingSubscribersOnly: {
      one: 'Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten. Für andere Artikel bleibt Ihnen diesen Monat noch {remaining} von {limit} Gratisartikeln.',
      other:
        'Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten. Für andere Artikel bleiben Ihnen diesen Monat noch {remaining} von {limit} Gratisartikeln.',
    },
    headingUnavailable: 'Wir konnten Ihren Zugang gerade nicht prüfen.',
    headingFallback: 'Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.',
    subheading: 'Mit einem Abo lesen Sie alles, was wir veröffentlichen.',
    loginPrompt: 'Sie haben bereits ein Abo?',
    loginLabel: 'Anmelden',
    cta: 'Jetzt abonnieren und weiterlesen',
    unlocked: 'Voller Zugriff. Der Artikel geht unten weiter.',
    region: 'Artikel',
    plans: 'Abo-Angebote',
    notice: {
      one: 'Diesen Monat bleibt Ihnen noch {remaining} von {limit} Gratisartikeln.',
      other: 'Diesen Monat bleiben Ihnen noch {remaining} von {limit} Gratisartikeln.',
    },
    noticeLink: 'Abonnieren und alles lesen',
    noticeDismiss: 'Schließen',
  },
  plan: {
    cta: 'Dieses Angebot wählen',
    renewalNote: 'Das Abo verlängert sich automatisch, bis Sie es kündigen.',
    perMonth: '{price} im Monat',
  },
  periods: {
    year: { one: '{n} Jahr', other: '{n} Jahre' },
    month: { one: '{n} Monat', other: '{n} Monate' },
    week: { one: '{n} Woche', other: '{n} Wochen' },
    day: { one: '{n} Tag', other: '{n} Tage' },
  },
};

export default de;
