// French copy for the paywall's elements: `import fr from 'paywall-elements/locales/fr.js'`, then
// `registerLocale(fr)`. The script-tag build loads it by itself on a page in French.
import type { Locale } from './locale.js';

const fr: Locale = {
  lang: 'fr',
  strings: {
    heading: {
      one: 'Vous avez lu {used} article offert sur {limit} ce mois-ci.',
      other: 'Vous avez lu {used} articles offerts sur {limit} ce mois-ci.',
    },
    headingSubscribersOnly: {
      one: 'Cet article est réservé aux abonnés. Il vous reste {remaining} article offert sur {limit} ce mois-ci pour lire d’autres sujets.',
      other:
        'Cet article est réservé aux abonnés. Il vous reste {remaining} articles offerts sur {limit} ce mois-ci pour lire d’autres sujets.',
    },
    headingUnavailable: 'Nous n’avons pas pu vérifier votre accès pour le moment.',
    headingFallback: 'Cet article est réservé aux abonnés.',
    subheading: 'Avec un abonnement, tous nos articles vous sont ouverts.',
    loginPrompt: 'Déjà abonné\u00a0?',
    loginLabel: 'Se connecter',
    cta: 'Je m’abonne pour lire la suite',
    unlocked: 'Accès complet\u00a0: la suite de l’article est juste en dessous.',
    region: 'Article',
    plans: 'Nos offres d’abonnement',
    notice: {
      one: 'Il vous reste {remaining} article offert sur {limit} ce mois-ci.',
      other: 'Il vous reste {remaining} articles offerts sur {limit} ce mois-ci.',
    },
    noticeLink: 'Abonnez-vous pour tout lire',
    noticeDismiss: 'Fermer',
  },
  plan: {
    cta: 'Choisir cette offre',
    renewalNote: 'L’abonnement se renouvelle automatiquement jusqu’à sa résiliation.',
    perMonth: '{price} par mois',
  },
  periods: {
    year: { one: '{n}\u00a0an', other: '{n}\u00a0ans' },
    month: { other: '{n}\u00a0mois' },
    week: { one: '{n}\u00a0semaine', other: '{n}\u00a0semaines' },
    day: { one: '{n}\u00a0jour', other: '{n}\u00a0jours' },
  },
};

export default fr;
