// Articles for the corpus test: news-style sentences written for these tests (about a tram line
// a city council approves), in ten scripts, set in the markup news pages use. Sentences may hold
// markup of their own (ruby, bdi, entities).

export interface CorpusLanguage {
  locale: string;
  /** What stands between sentences: a space, or nothing in Chinese and Japanese. */
  between: string;
  sentences: string[];
}

export const CORPUS: CorpusLanguage[] = [
  {
    locale: 'en',
    between: ' ',
    sentences: [
      'The city council approved a new tram line on Tuesday after three years of debate.',
      'Work on the 4.2km route will start in spring, officials said, and should take two years.',
      'Residents along the river welcomed the decision, though some worry about noise.',
      '“We have waited long enough,” said Maria Lopez, who runs a bakery near the station.',
      'The project will cost about $180 million (shared between the city and the region).',
      'Trams will run every six minutes at peak times, with 14 stops between the port and the university.',
      'Critics argue that buses could do the same job for a fraction of the price — and sooner.',
      'A public meeting on the timetable is set for next week at the library ❤️ 🇫🇷🇩🇪',
      'Engineers say the 2.3GHz signalling system already runs in three other cities; it isn’t new.',
    ],
  },
  {
    locale: 'fr',
    between: ' ',
    sentences: [
      'Le conseil municipal a adopté mardi le projet de nouvelle ligne de tramway.',
      'Les travaux commenceront au printemps et dureront environ deux ans, selon la mairie.',
      '«&nbsp;Nous attendions cette décision depuis longtemps&nbsp;», explique une commerçante du quartier.',
      'Le coût total est estimé à 180 millions d’euros, dont 40&nbsp;% financés par la région.',
      'Aujourd’hui, les habitants de l’île doivent changer deux fois de bus pour rejoindre le centre.',
      'Les opposants craignent des embouteillages pendant la durée du chantier.',
      'Une réunion publique aura lieu jeudi soir à la médiathèque.',
    ],
  },
  {
    locale: 'de',
    between: ' ',
    sentences: [
      'Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen.',
      'Die Bauarbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.',
      '„Darauf haben wir lange gewartet“, sagte eine Anwohnerin am Flussufer.',
      'Die Kosten für die Verkehrs&shy;verbindung liegen bei etwa 180&nbsp;Millionen Euro.',
      'Kritiker halten Busse für günstiger und schneller umsetzbar.',
      'Die Bahnen sollen künftig alle sechs Minuten zwischen Hafen und Universität fahren.',
      'Eine Bürgerversammlung findet nächste Woche im Rathaus statt.',
    ],
  },
  {
    locale: 'es',
    between: ' ',
    sentences: [
      'El ayuntamiento aprobó el martes la construcción de una nueva línea de tranvía.',
      '¿Cuándo empezarán las obras? Según el alcalde, en la primavera del próximo año.',
      'Los vecinos del barrio celebraron la noticia, aunque algunos temen el ruido.',
      'La obra costará unos 180 millones de euros, financiados en parte por la región.',
      'El museo presentará su col·lecció de fotografías antiguas de la ciudad.',
      '¡Por fin llega el tranvía!, exclamó una vecina de 82 años.',
      'Habrá una reunión pública el jueves en la biblioteca municipal.',
    ],
  },
  {
    locale: 'cs',
    between: ' ',
    sentences: [
      'Městská rada v úterý schválila stavbu nové tramvajové trati.',
      'Práce začnou na jaře a potrvají přibližně dva roky.',
      '„Na tohle rozhodnutí jsme čekali dlouho,“ řekla majitelka pekárny u nádraží.',
      'Náklady se odhadují na 4,5 miliardy korun.',
      'Tramvaje budou jezdit každých šest minut mezi přístavem a univerzitou.',
      'Kritici tvrdí, že autobusy by byly levnější.',
      'Veřejné setkání se uskuteční příští týden v knihovně.',
    ],
  },
  {
    locale: 'ru',
    between: ' ',
    sentences: [
      'Городской совет во вторник одобрил строительство новой трамвайной линии.',
      'Работы начнутся весной и продлятся около двух лет.',
      '«Мы долго ждали этого решения», — сказала владелица пекарни у вокзала.',
      'Стоимость проекта оценивается в 12,5 млрд рублей.',
      'Трамваи будут ходить каждые шесть минут между портом и университетом.',
      'Критики считают, что автобусы обошлись бы дешевле.',
      'Общественные слушания пройдут на следующей неделе в библиотеке.',
    ],
  },
  {
    locale: 'el',
    between: ' ',
    sentences: [
      'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τη νέα γραμμή τραμ.',
      'Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου δύο χρόνια.',
      'Οι κάτοικοι της περιοχής υποδέχτηκαν θετικά την απόφαση.',
      'Το κόστος εκτιμάται σε 180 εκατομμύρια ευρώ.',
      'Τα πρώτα δοκιμαστικά δρομολόγια προγραμματίζονται για το τέλος του 2027.',
      'Η δημόσια συνάντηση θα γίνει την επόμενη εβδομάδα στη βιβλιοθήκη.',
    ],
  },
  {
    locale: 'he',
    between: ' ',
    sentences: [
      'מועצת העיר אישרה ביום שלישי קו רכבת קלה חדש.',
      'העבודות יתחילו באביב ויימשכו כשנתיים.',
      'דובר צה״ל מסר כי התרגיל ליד המסילה הסתיים ללא נפגעים.',
      'ג׳ורג׳ כהן, מהנדס התחבורה, אמר שהקו ישרת אלפי נוסעים בכל יום.',
      'עלות הפרויקט מוערכת ב־180 מיליון ש״ח.',
      'המשתמש <bdi>Tom42</bdi> כתב באתר העירייה שהוא מחכה לקו.',
      'פגישה ציבורית תתקיים בשבוע הבא בספרייה העירונית.',
    ],
  },
  {
    locale: 'ar',
    between: ' ',
    sentences: [
      'وافق مجلس المدينة يوم الثلاثاء على إنشاء خط ترام جديد.',
      'ستبدأ الأعمال في الربيع وتستمر نحو عامين.',
      'رحب سكان الحي بالقرار، لكن بعضهم يخشى الضوضاء.',
      'تقدر تكلفة المشروع بنحو ١٨٠ مليون دولار.',
      'من المقرر أن تبدأ الرحلات التجريبية في نهاية عام ٢٠٢٧.',
      'سيعقد اجتماع عام في المكتبة الأسبوع المقبل.',
    ],
  },
  {
    locale: 'hi',
    between: ' ',
    sentences: [
      'नगर परिषद ने मंगलवार को नई ट्राम लाइन को मंज़ूरी दे दी।',
      'काम वसंत में शुरू होगा और लगभग दो साल चलेगा।',
      'नदी किनारे रहने वाले लोगों ने इस फ़ैसले का स्वागत किया।',
      'परियोजना की लागत करीब 1,500 करोड़ रुपये आंकी गई है।',
      'पहली परीक्षण यात्राएँ 2027 के अंत तक होने की उम्मीद है।',
      'अगले सप्ताह पुस्तकालय में एक सार्वजनिक बैठक होगी।',
    ],
  },
  {
    locale: 'zh',
    between: '',
    sentences: [
      '市议会周二批准了一条新的有轨电车线路。',
      '工程将于明年春天开始，预计持续两年左右。',
      '河边的居民对这个决定表示欢迎，但也有人担心噪音问题。',
      '项目总投资约为十八亿元，由市政府和省政府共同承担。',
      '电车在高峰时段每六分钟一班，全线共设十四个车站。',
      '首批试运行计划在2027年底进行。',
      '下周将在市图书馆举行公开听证会。',
    ],
  },
  {
    locale: 'ja',
    between: '',
    sentences: [
      '<ruby>市<rt>し</rt></ruby>議会は火曜日、新しい路面電車の路線を承認した。',
      '工事は来年の春に始まり、約二年かかる見込みだ。',
      '川沿いに住む人々はこの決定を歓迎したが、騒音を心配する声もある。',
      '総事業費は約百八十億円とされている。',
      '最初の試運転は2027年末に予定されている。',
      '来週、市立図書館で<ruby>説<rp>(</rp><rt>せつ</rt><rp>)</rp></ruby>明会が開かれる。',
    ],
  },
  {
    locale: 'th',
    between: ' ',
    sentences: [
      'สภาเมืองอนุมัติโครงการรถรางสายใหม่เมื่อวันอังคาร',
      'การก่อสร้างจะเริ่มในฤดูใบไม้ผลิและใช้เวลาประมาณสองปี',
      'ชาวบ้านริมแม่น้ำยินดีกับการตัดสินใจนี้ แต่บางคนกังวลเรื่องเสียงดัง',
      'ค่าใช้จ่ายทั้งหมดประมาณ 5,000 ล้านบาท',
      'การทดลองวิ่งครั้งแรกมีกำหนดในปลายปี 2027',
      'จะมีการประชุมสาธารณะที่ห้องสมุดในสัปดาห์หน้า',
    ],
  },
  {
    locale: 'ko',
    between: ' ',
    sentences: [
      '시의회는 화요일 새 트램 노선 건설을 승인했다.',
      '공사는 내년 봄에 시작되어 약 2년 동안 진행될 예정이다.',
      '강변 주민들은 이 결정을 환영했지만 일부는 소음을 걱정하고 있다.',
      '총사업비는 약 1,800억 원으로 추산된다.',
      '첫 시험 운행은 2027년 말로 계획되어 있다.',
      '다음 주 시립 도서관에서 공청회가 열린다.',
    ],
  },
];

/** A sentence with its first letters in `<i>`, so that a word runs through an inline element. */
function splitByInline(sentence: string): string {
  if (sentence.includes('<') || sentence.includes('&')) return sentence;
  const [first, second, third, ...rest] = [...sentence];
  return `<i>${first}${second}${third}</i>${rest.join('')}`;
}

/**
 * Blocks as news pages set them: headings, lead and body paragraphs with inline markup, a
 * figure, an ad slot, a list, a quotation, a table, and a content system's `<br><br>`
 * paragraphs. Each takes sentences from `next`.
 */
const BLOCKS: ((next: () => string, between: string) => string)[] = [
  (next) => `<h2>${next()}</h2>`,
  (next, between) => `<p class="lede">${splitByInline(next())}${between}<b>${next()}</b></p>`,
  (next) => `<figure><img alt="" width="4" height="3"><figcaption>${next()}</figcaption></figure>`,
  (next, between) => `<p>\n  <a href="#">${next()}</a>${between}${next()}<br>${next()}\n</p>`,
  (next) => `<ul>\n<li>${next()}</li>\n<li><strong>${next()}</strong></li>\n</ul>`,
  () => '<div data-ad="">Advertisement</div>',
  (next) => `<blockquote><p><em>${next()}</em></p></blockquote>`,
  (next) => `<div class="story-body">${next()}<br><br>${next()}\n<br>\n<br>\n${next()}</div>`,
  (next) => `<table><tbody><tr><td>${next()}</td><td>${next()}</td></tr></tbody></table>`,
  (next, between) => `<section><div><p>${next()}${between}<span>${splitByInline(next())}</span></p></div></section>`,
];

/** Words of a sentence, its markup aside (near enough: a ruby's reading counts too). */
function wordCount(sentence: string, locale: string): number {
  const text = sentence.replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, ' ');
  return [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((segment) => segment.isWordLike).length;
}

/** An article in the language of at least `minimumWords` words (headings and captions included), its blocks in turn. */
export function corpusArticle({ locale, sentences, between }: CorpusLanguage, minimumWords: number): string {
  let used = 0;
  let words = 0;
  const next = () => {
    const sentence = sentences[used++ % sentences.length];
    words += wordCount(sentence, locale);
    return sentence;
  };
  let html = `<h1>${next()}</h1>`;
  for (let block = 0; words < minimumWords; block++) html += BLOCKS[block % BLOCKS.length](next, between);
  return html;
}
