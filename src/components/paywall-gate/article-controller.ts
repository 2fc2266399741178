import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GateState } from '../../entitlements/entitlement.js';
import { inheritedLocale } from '../../format/locale.js';
import { cutAt, nodesPast } from '../../truncate/cut.js';
import { findPreviewCut, WORDS_PER_PARAGRAPH, type CharacterMeasure } from '../../truncate/preview-cut.js';
import { warnOnce } from '../../util/warn.js';
import type { PreviewSettings } from './gate-settings.js';

/** Root children that are the gate's own configuration or offer parts, not the article. */
export const isArticle = (node: Node): boolean => !(node instanceof Element && node.matches('[slot], script, template, style'));

/** Characters to a word, when a preview set in characters has to be measured in words. */
const CHARACTERS_PER_WORD = 6;
const inWords = ({ length, gatedClass }: PreviewSettings): PreviewSettings => ({
  unit: 'words',
  length: Math.max(1, Math.round(length / CHARACTERS_PER_WORD)),
  gatedClass,
});

/** What the article controller asks of its gate. */
export interface ArticleHost extends ReactiveControllerHost, HTMLElement {
  readonly state: GateState;
}

/**
 * Cuts the gate's article after the preview while the gate is pending or locked, restores it
 * (the very same nodes) on unlock, and cuts again from the whole article when the preview's
 * length or unit changes. Text past the preview is not in the document while cut.
 */
export class ArticleController implements ReactiveController {
  private readonly host: ArticleHost;
  private readonly preview: () => PreviewSettings;
  private readonly ready: () => boolean;
  /** Puts the removed part of the article back; set while the article is cut. */
  private restore?: () => void;
  /** The blocks wholly past the preview, to put in the gated part on restore when the page did not mark one. */
  private past: Node[] = [];
  /** The gated part this controller made (not the page's own), undone before the next cut. */
  private madePart?: HTMLElement;
  /** The preview the article is cut for. */
  private cutFor?: PreviewSettings;
  /** The measure in characters, once loaded (only for a preview in characters). */
  private measureCharacters?: CharacterMeasure;
  /** Loading the measure in characters: started, or given up (the preview is then measured in words). */
  private characters?: 'loading' | 'failed';

  /** `preview` gives the preview's length and unit; `ready` whether the gate's children are all in. */
  constructor(host: ArticleHost, { preview, ready }: { preview: () => PreviewSettings; ready: () => boolean }) {
    this.host = host;
    this.preview = preview;
    this.ready = ready;
    host.addController(this);
  }

  /** Whether the article is cut now. */
  get isCut(): boolean {
    return this.restore !== undefined;
  }

  /** Whether the article can be cut now: a preview in characters waits for its measure. */
  get engineReady(): boolean {
    return this.preview().unit !== 'characters' || this.measureCharacters !== undefined || this.characters === 'failed';
  }

  /** Before each render: the article in line with the gate's state and preview. */
  hostUpdate(): void {
    if (!this.ready()) return;
    const preview = this.preview();
    if (!this.engineReady) {
      void this.loadCharacterMeasure();
      return;
    }
    const cutFor = this.cutFor;
    const changed =
      cutFor !== undefined &&
      (cutFor.length !== preview.length || cutFor.unit !== preview.unit || cutFor.gatedClass !== preview.gatedClass);
    if (this.host.state === 'unlocked' || changed) this.uncut(this.host.state === 'unlocked');
    if (this.host.state !== 'unlocked' && !this.isCut) this.cut(preview);
  }

  /** Loads the measure in characters (in the script-tag build, a file of its own), then updates the gate. */
  private async loadCharacterMeasure(): Promise<void> {
    if (this.characters) return;
    this.characters = 'loading';
    try {
      this.measureCharacters = (await import('../../truncate/characters.js')).cutByCharacters;
    } catch (error) {
      this.characters = 'failed';
      const message = `characters could not be loaded (${String(error)}); the preview is measured in words, ${CHARACTERS_PER_WORD} characters to a word.`;
      warnOnce(this.host, [{ attribute: 'preview-unit', message }]);
    }
    this.host.requestUpdate();
  }

  /** Puts the article back whole; for a reader it unlocks for, with the rest in the gated part. */
  uncut(unlocked = false): void {
    this.restore?.();
    if (unlocked && this.restore && this.cutFor) this.markGatedPart(this.cutFor.gatedClass);
    this.restore = undefined;
    this.cutFor = undefined;
    this.past = [];
  }

  /**
   * Puts the blocks that were past the preview in an element with the gated class, so that a
   * search engine's `hasPart` selector finds the gated part, unless the page marked one itself.
   */
  private markGatedPart(gatedClass: string): void {
    const [first] = this.past;
    if (!first?.parentNode || this.host.querySelector(`.${CSS.escape(gatedClass)}`)) return;
    const part = document.createElement('div');
    part.className = gatedClass;
    first.parentNode.insertBefore(part, first);
    part.append(...this.past);
    this.madePart = part;
  }

  private cut(settings: PreviewSettings): void {
    const host = this.host;
    // The gated part this controller made is not a break the page placed: the preview keeps its length.
    this.madePart?.replaceWith(...this.madePart.childNodes);
    this.madePart = undefined;
    const preview = settings.unit === 'characters' && !this.measureCharacters ? inWords(settings) : settings;
    const breakSelector = `.${CSS.escape(preview.gatedClass)}`;
    const options = { ...preview, locale: inheritedLocale(host), breakSelector };
    const { at, fellBackToWords } = findPreviewCut(host, options, isArticle, this.measureCharacters);
    this.cutFor = settings;
    if (at) {
      this.past = nodesPast(host, at, isArticle);
      this.restore = cutAt(host, at, isArticle);
    }
    if (at && fellBackToWords) {
      const message = `the article has no paragraphs to count; the preview is ${preview.length * WORDS_PER_PARAGRAPH} words instead.`;
      warnOnce(host, [{ attribute: 'preview-unit', message }]);
    }
    // A framework or a late script may still be adding the article: it is judged a task later.
    if (!this.hasText()) setTimeout(() => this.reportMissingText(at !== null));
  }

  private hasText(): boolean {
    return [...this.host.childNodes].some((node) => isArticle(node) && /\S/.test(node.textContent ?? ''));
  }

  private reportMissingText(hasMedia: boolean): void {
    if (this.hasText() || !this.host.isConnected) return;
    const message = hasMedia ? 'the article has no text; only the offer is shown.' : 'the article is empty; there is nothing to preview.';
    warnOnce(this.host, [{ attribute: 'content', message }]);
  }
}
