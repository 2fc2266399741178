import type { View } from '../../entitlements/client.js';
import { fillUrl } from '../../format/placeholders.js';
import { allowedOrigin, safeUrl } from '../../url/safe-url.js';

/** What a plan card says about itself, as the gate's links read it. */
type PlanLike = HTMLElement & { featured?: unknown; href?: unknown };

/**
 * Where "subscribe" leads, for the offer's final call to action and the meter notice's link:
 * `subscribe-url` (already checked); else the featured plan's checkout (or the first plan's), its
 * `{returnUrl}` filled so that checkout can bring the reader back to the story, and held to the
 * same link rules; else `undefined`.
 */
export function subscribeHref(subscribeUrl: string | undefined, plans: readonly HTMLElement[], view: View): string | undefined {
  if (subscribeUrl) return subscribeUrl;
  const cards = plans as readonly PlanLike[];
  // A card not yet upgraded (its module loads with the offer) has its attributes only.
  const chosen = cards.find((card) => card.featured === true || card.hasAttribute('featured')) ?? cards[0];
  const href = typeof chosen?.href === 'string' ? chosen.href : chosen?.getAttribute('href');
  if (typeof href !== 'string' || !href.trim()) return undefined;
  const url = safeUrl(fillUrl(href, { ...view }), document.baseURI);
  return url && allowedOrigin(url) ? url : undefined;
}
