import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../util/warn.js';
import type { GateConfig, MadeElement } from './gate-config.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The gate's configuration in its light DOM: a `<script type="application/json">` child (read
 * once), and direct `<plan-card>` and `<benefits-list>` children, which belong in the offer's
 * slots. Children may come after the gate (a framework, a late script, a gate parsed before its
 * children): they are taken in as they come, and `onChange` is called.
 */
export class LightConfigController implements ReactiveController {
  /** Set once the children are parsed and the configuration read. */
  ready = false;
  config: GateConfig = {};
  /** The plan cards made from the JSON configuration, once. */
  plans: MadeElement[] = [];
  /** The benefits list made from the JSON configuration, once. */
  benefits?: MadeElement;
  /** What was wrong with the JSON, for the gate to report. */
  problems: Problem[] = [];
  /** Settles once the JSON configuration is read: `updateComplete` waits for it. */
  loading?: Promise<void>;
  /** Whether the JSON configuration is being read (its parser loading). */
  reading = false;

  private readonly host: Host;
  private readonly onChange: () => void;
  /** Made when connected: a server has no MutationObserver. */
  private childObserver?: MutationObserver;
  private configRead = false;

  constructor(host: Host, onChange: () => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => this.prepare());
    this.childObserver.observe(this.host, { childList: true });
    // A gate parsed before its children (a script in <head> without defer) waits for them.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.prepare(), { once: true });
    else this.prepare();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  /** Puts direct `<plan-card>` and `<benefits-list>` children in the offer's slots: they belong to the offer, not the article. */
  adoptCards(): void {
    for (const child of this.host.children) {
      if (child.hasAttribute('slot')) continue;
      if (child.localName === 'plan-card') child.slot = 'plans';
      if (child.localName === 'benefits-list') child.slot = 'benefits';
    }
  }

  /** Sets the heading level of the cards made from JSON (the page's own cards keep theirs). */
  setHeadingLevel(level: number): void {
    for (const made of [...this.plans, this.benefits]) if (made) made.headingLevel = level;
  }

  private prepare(): void {
    this.adoptCards();
    if (!this.configRead) this.readConfig();
    this.ready = true;
    this.onChange();
  }

  /** Reads the JSON configuration; its parser is loaded only by gates that have one (in the script-tag build, a file of its own). */
  private readConfig(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    this.configRead = this.reading = true;
    const json = script.textContent ?? '';
    this.loading = import('./gate-config.js').then(
      ({ parseConfig, makeOfferElements }) => {
        const { config, problems } = parseConfig(json);
        this.config = config;
        this.problems = problems;
        ({ plans: this.plans, benefits: this.benefits } = makeOfferElements(config));
      },
      (error: unknown) => {
        this.problems = [{ attribute: 'config', message: `could not be read (${String(error)}); the defaults are used.` }];
      },
    );
    void this.loading.then(() => {
      this.reading = false;
      this.host.requestUpdate();
    });
  }
}
