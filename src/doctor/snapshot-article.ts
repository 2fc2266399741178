import { isArticle } from '../components/paywall-gate/article-controller.js';
import { readPreviewSettings, type GateProperties } from '../components/paywall-gate/gate-settings.js';
import type { GateState } from '../entitlements/entitlement.js';
import { inheritedLocale } from '../format/locale.js';
import { cutAt } from '../truncate/cut.js';
import { roleOf } from '../truncate/elements.js';
import { findPreviewCut, type CharacterMeasure } from '../truncate/preview-cut.js';
import type { ArticleText } from './types.js';
import { wordsOf } from './words.js';

type Gate = Element & GateProperties;

/** An article's text as a reader reads it: blocks apart, nothing from scripts, styles or `<noscript>`. */
function textOf(root: Node, top = true): string {
  return [...root.childNodes]
    .filter((node) => !top || isArticle(node))
    .map((node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || roleOf(node) === 'skipped') return '';
      const inner = textOf(node, false);
      return roleOf(node) === 'block' ? ` ${inner} ` : inner;
    })
    .join('');
}

/** White space as a reader sees it: runs folded to one space. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The measure in characters, from its own file, for a preview set in characters. */
async function characterMeasure(unit: string): Promise<CharacterMeasure | undefined> {
  if (unit !== 'characters') return undefined;
  return (await import('../truncate/characters.js')).cutByCharacters;
}

/** The served gate's article split at the preview, as the gate would cut it. */
async function splitAtPreview(gate: Gate, served: Element): Promise<{ preview: string; whole: string; cut: boolean }> {
  const copy = served.cloneNode(true) as Element;
  // The cards the gate puts in its slots are not the article (the gate does this before it cuts).
  for (const child of copy.children) if (/^(plan-card|benefits-list)$/.test(child.localName) && !child.slot) child.slot = 'offer';
  const { length, unit } = readPreviewSettings(gate, []);
  const options = { length, unit, locale: inheritedLocale(gate) };
  const { at } = findPreviewCut(copy, options, isArticle, await characterMeasure(unit));
  const whole = folded(textOf(copy));
  if (!at) return { preview: whole, whole, cut: false };
  const restore = cutAt(copy, at, isArticle);
  const preview = folded(textOf(copy));
  restore();
  return { preview, whole, cut: true };
}

/**
 * Where a gate's article text is: its preview, the text past it as far as the doctor can see
 * it, and whether the page as sent holds text past the preview. Soft mode sends the whole
 * article; hard mode only the preview, and the rest reaches the page only for a reader let in.
 * `gate` holds the settings of the live `element`; `served` is the same gate in the page as sent.
 */
export async function readArticleText(
  element: Element,
  gate: Gate,
  served: Element,
  { hardMode, state }: { hardMode: boolean; state: GateState },
): Promise<ArticleText> {
  const { preview, whole, cut } = await splitAtPreview(gate, served);
  const wholeWords = wordsOf(whole);
  const servedRest = wholeWords.slice(wordsOf(preview).length);
  let rest: string[] | undefined = servedRest;
  if (hardMode && servedRest.length === 0) {
    // The rest is in the page only once the gate has fetched it.
    rest = state === 'unlocked' ? wordsOf(textOf(element)).slice(wholeWords.length) : undefined;
  }
  return {
    preview,
    rest: rest?.join(' '),
    servedPastPreview: servedRest.length > 0,
    previewCoversArticle: !cut && wholeWords.length > 0,
  };
}
