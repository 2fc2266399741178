import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GateState } from '../../entitlements/entitlement.js';
import { inheritedLocale } from '../../format/locale.js';
import { cutAt } from '../../truncate/cut.js';
import { findPreviewCut, WORDS_PER_PARAGRAPH, type CharacterMeasure } from '../../truncate/preview-cut.js';
import { warnOnce } from '../../util/warn.js';
import type { PreviewSettings } from './gate-settings.js';

/** Root children that are the gate's own configuration or offer parts, not the article. */
export const isArticle = (node: Node): boolean => !(node instanceof Element && node.matches('[slot], script, template, style'));

/** Characters to a word, when a preview set in characters has to be measured in words. */
const CHARACTERS_PER_WORD = 6;
const inWords = ({ length }: PreviewSettings): PreviewSettings => ({
  unit: 'words',
  length: Math.max(1, Math.round(length / CHARACTERS_PER_WORD)),
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
    const changed = this.cutFor !== undefined && (this.cutFor.length !== preview.length || this.cutFor.unit !== preview.unit);
    if (this.host.state === 'unlocked' || changed) this.uncut();
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

  /** Puts the article back whole. */
  uncut(): void {
    this.restore?.();
    this.restore = undefined;
    this.cutFor = undefined;
  }

  private cut(settings: PreviewSettings): void {
    const host = this.host;
    const preview = settings.unit === 'characters' && !this.measureCharacters ? inWords(settings) : settings;
    const { at, fellBackToWords } = findPreviewCut(host, { ...preview, locale: inheritedLocale(host) }, isArticle, this.measureCharacters);
    this.cutFor = settings;
    if (at) this.restore = cutAt(host, at, isArticle);
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
