// Arabic copy for the paywall's elements: `import ar from 'paywall-elements/locales/ar.js'`, then
// `registerLocale(ar)`. The script-tag build loads it by itself on a page in Arabic. Arabic has
// six plural forms: zero, one (no number: "one free article"), two (the dual, no number), few
// (3 to 10), many (11 to 99) and other (100 and up).
import type { Locale } from './locale.js';

const ar: Locale = {
  lang: 'ar',
  strings: {
    heading: {
      one: 'قرأت هذا الشهر مقالًا مجانيًا واحدًا من أصل {limit}.',
      two: 'قرأت هذا الشهر مقالين مجانيين من أصل {limit}.',
      few: 'قرأت هذا الشهر {used} مقالات مجانية من أصل {limit}.',
      many: 'قرأت هذا الشهر {used} مقالًا مجانيًا من أصل {limit}.',
      other: 'قرأت هذا الشهر {used} مقال مجاني من أصل {limit}.',
    },
    headingSubscribersOnly: {
      one: 'هذا المقال حصري للمشتركين. وما زال لديك هذا الشهر مقال مجاني واحد من أصل {limit} لقراءة مواضيع أخرى.',
      two: 'هذا المقال حصري للمشتركين. وما زال لديك هذا الشهر مقالان مجانيان من أصل {limit} لقراءة مواضيع أخرى.',
      few: 'هذا المقال حصري للمشتركين. وما زالت لديك هذا الشهر {remaining} مقالات مجانية من أصل {limit} لقراءة مواضيع أخرى.',
      many: 'هذا المقال حصري للمشتركين. وما زال لديك هذا الشهر {remaining} مقالًا مجانيًا من أصل {limit} لقراءة مواضيع أخرى.',
      other: 'هذا المقال حصري للمشتركين. وما زال لديك هذا الشهر {remaining} مقال مجاني من أصل {limit} لقراءة مواضيع أخرى.',
    },
    headingUnavailable: 'تعذّر علينا التحقق من صلاحية وصولك الآن.',
    headingFallback: 'هذا المقال حصري للمشتركين.',
    subheading: 'اشتراك واحد يفتح لك كل ما ننشره.',
    loginPrompt: 'لديك اشتراك بالفعل؟',
    loginLabel: 'سجّل الدخول',
    cta: 'اشترك لمتابعة القراءة',
    unlocked: 'المقال متاح لك كاملًا. تابع القراءة أدناه.',
    region: 'مقال',
    plans: 'باقات الاشتراك',
    notice: {
      zero: 'لم يبقَ لك هذا الشهر أي مقال مجاني من أصل {limit}.',
      one: 'بقي لك هذا الشهر مقال مجاني واحد من أصل {limit}.',
      two: 'بقي لك هذا الشهر مقالان مجانيان من أصل {limit}.',
      few: 'بقيت لك هذا الشهر {remaining} مقالات مجانية من أصل {limit}.',
      many: 'بقي لك هذا الشهر {remaining} مقالًا مجانيًا من أصل {limit}.',
      other: 'بقي لك هذا الشهر {remaining} مقال مجاني من أصل {limit}.',
    },
    noticeLink: 'اشترك لتقرأ كل المقالات',
    noticeDismiss: 'إغلاق',
  },
  plan: {
    cta: 'اختر هذه الباقة',
    renewalNote: 'تتجدد الباقة تلقائيًا إلى أن تلغيها.',
    perMonth: '{price} شهريًا',
  },
  periods: {
    year: { one: 'سنة واحدة', two: 'سنتان', few: '{n} سنوات', many: '{n} سنة', other: '{n} سنة' },
    month: { one: 'شهر واحد', two: 'شهران', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر' },
    week: { one: 'أسبوع واحد', two: 'أسبوعان', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع' },
    day: { one: 'يوم واحد', two: 'يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
  },
};

export default ar;
