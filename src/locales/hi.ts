// Hindi copy for the paywall's elements: `import hi from 'paywall-elements/locales/hi.js'`, then
// `registerLocale(hi)`. The script-tag build loads it by itself on a page in Hindi.
import type { Locale } from './locale.js';

const hi: Locale = {
  lang: 'hi',
  strings: {
    heading: {
      count: 'limit',
      one: 'इस महीने आप {limit} मुफ़्त लेख में से {used} पढ़ चुके हैं।',
      other: 'इस महीने आप {limit} मुफ़्त लेखों में से {used} पढ़ चुके हैं।',
    },
    headingSubscribersOnly: {
      one: 'यह लेख सिर्फ़ सब्सक्राइबरों के लिए है। दूसरे लेखों के लिए इस महीने आपके पास {limit} में से {remaining} मुफ़्त लेख अभी बचा है।',
      other: 'यह लेख सिर्फ़ सब्सक्राइबरों के लिए है। दूसरे लेखों के लिए इस महीने आपके पास {limit} में से {remaining} मुफ़्त लेख अभी बचे हैं।',
    },
    headingUnavailable: 'अभी हम आपकी पहुँच की जाँच नहीं कर पाए।',
    headingFallback: 'यह लेख सिर्फ़ सब्सक्राइबरों के लिए है।',
    subheading: 'सब्सक्रिप्शन के साथ हमारी हर ख़बर पढ़ें।',
    loginPrompt: 'पहले से सब्सक्राइबर हैं?',
    loginLabel: 'लॉग इन करें',
    cta: 'आगे पढ़ने के लिए सब्सक्राइब करें',
    unlocked: 'अब पूरा लेख आपके लिए खुला है। नीचे पढ़ना जारी रखें।',
    region: 'लेख',
    plans: 'सब्सक्रिप्शन प्लान',
    notice: {
      one: 'इस महीने {limit} में से {remaining} मुफ़्त लेख बचा है।',
      other: 'इस महीने {limit} में से {remaining} मुफ़्त लेख बचे हैं।',
    },
    noticeLink: 'सभी लेख पढ़ने के लिए सब्सक्राइब करें',
    noticeDismiss: 'बंद करें',
  },
  plan: {
    cta: 'यह प्लान चुनें',
    renewalNote: 'यह प्लान तब तक अपने-आप रिन्यू होता रहेगा, जब तक आप इसे रद्द नहीं करते।',
    perMonth: '{price} प्रति माह',
  },
  periods: {
    year: { other: '{n} साल' },
    month: { one: '{n} महीना', other: '{n} महीने' },
    week: { one: '{n} हफ़्ता', other: '{n} हफ़्ते' },
    day: { other: '{n} दिन' },
  },
};

export default hi;
