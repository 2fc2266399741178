// A publisher's server code, compiled against the installed package: paywall-elements/ssr, the
// options it takes and the strings it gives.
import { renderBenefitsList, renderGate, renderPlanCard, type GateRenderOptions } from 'paywall-elements/ssr';

const plan = { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/checkout/annual?back={returnUrl}', featured: true };
const options: GateRenderOptions = {
  url: 'https://news.example/story',
  attributes: { 'article-id': 'story', 'content-url': '/api/content/{articleId}', 'preview-length': 2, 'allow-embeds': false },
  html: '<article><p>One.</p></article>',
  config: { plans: [plan], benefits: { heading: 'Included', items: [{ title: 'The archive' }] }, strings: { cta: 'Join' } },
  meter: { used: 3, limit: 3, remaining: 0 },
  loggedIn: false,
  lang: 'en-IN',
};
export const page: string =
  renderGate(options) +
  renderPlanCard(plan, { headingLevel: 2, lang: 'en-IN', url: options.url }) +
  renderBenefitsList({ heading: 'Included', items: [{ title: 'No ads', description: 'None.' }] });

// @ts-expect-error the page's address is required: it fills {returnUrl} in the links
renderGate({ html: '' });
// @ts-expect-error an attribute's value is text, a number or a boolean
renderGate({ ...options, attributes: { 'preview-length': [2] } });
