// Server rendering for two of the demo's pages, with paywall-elements/ssr: what a publisher's
// server does to send the locked view (or the whole story) in the first HTML, for readers with
// JavaScript and without. The pages stay the hand-written HTML files under demo/ (served as they
// are with ?render=client): this module takes the library's elements out of them and puts in
// their server-rendered markup. A real site renders from its CMS's data instead of reading HTML.
import { renderBenefitsList, renderGate, renderPlanCard } from 'paywall-elements/ssr';

/** Text as the demo's pages write it in HTML, read back: the entities they use. */
const ENTITIES = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const decoded = (html) => html.replace(/&(amp|quot|lt|gt);/g, (entity) => ENTITIES[entity]);

/** The attributes of an opening tag, as written in the demo's pages: `name="value"` or a bare `name`. */
const attributesOf = (tag) =>
  Object.fromEntries(
    [...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value === undefined ? true : decoded(value)]),
  );

const GATE = /<paywall-gate([^>]*)>([\s\S]*?)<\/paywall-gate>/;
const langOf = (page) => /<html lang="([^"]+)"/.exec(page)?.[1];

/**
 * The hard-mode story for one reader, as the server decided (`decision`: the reference server's
 * `{ granted, used, limit, remaining, loggedIn }`). Past the meter, the gate's locked view: the
 * preview, the meter message, the login link and the plans, all in the HTML. A reader who may
 * read it (a subscriber, or a free article this month) gets the whole story, with no gate: the
 * server has decided already, and sent the rest (`rest`), in the story's gated part, only to them.
 */
export function renderStory(page, { url, decision, rest }) {
  const [gate, openTag, children] = GATE.exec(page);
  const article = /<article>([\s\S]*?)<\/article>/.exec(children)[1];
  // The rest goes in the story's gated part (the empty `.paywall` its preview ends with), which the
  // JSON-LD's hasPart names, as the browser's gate would put it there.
  const whole = article.replace(/<div class="paywall"><\/div>/, () => `<div class="paywall">${rest}</div>`);
  if (decision.granted) return page.replace(gate, `<article>${whole}</article>`);
  const rendered = renderGate({
    url: url.href,
    attributes: attributesOf(openTag),
    html: `<article>${article}</article>`,
    config: /<script type="application\/json">([\s\S]*?)<\/script>/.exec(children)?.[1],
    meter: { used: decision.used, limit: decision.limit, remaining: decision.remaining },
    loggedIn: decision.loggedIn,
    lang: langOf(page),
  });
  return page.replace(gate, rendered);
}

/** The plans page: each `<plan-card>` from its attributes, the `<benefits-list>` from its markup list. */
export function renderPlansPage(page) {
  const lang = langOf(page);
  const cards = page.replace(/<plan-card([^>]*)><\/plan-card>/g, (_, tag) => {
    const { 'heading-level': level, featured, ...plan } = attributesOf(tag);
    return renderPlanCard({ ...plan, featured: featured === true }, { headingLevel: level ? Number(level) : undefined, lang });
  });
  return cards.replace(/<benefits-list heading="([^"]*)">([\s\S]*?)<\/benefits-list>/, (_, heading, list) => {
    const items = [...list.matchAll(/<li><strong>(.*?)<\/strong>\s*(.*?)<\/li>/g)].map(([, title, description]) => ({
      title: decoded(title),
      description: decoded(description),
    }));
    return renderBenefitsList({ heading: decoded(heading), items });
  });
}
