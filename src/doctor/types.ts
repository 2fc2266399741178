import type { Entitlement, GateState } from '../entitlements/entitlement.js';

/**
 * The doctor's data: a snapshot of a page, plain and serialisable (it crosses from the page to the
 * command line as JSON), and the findings the checks make of it.
 */

export type Severity = 'error' | 'warning';

/** The checks, each a pure function of a snapshot. */
export type CheckName = 'placeholders' | 'structured-data' | 'article-text' | 'plans' | 'endpoint' | 'csp' | 'accessibility' | 'settings';

/** One problem on the page, and what to do about it. */
export interface Finding {
  severity: Severity;
  check: CheckName;
  message: string;
  fix: string;
}

/** Text a reader sees, and where: the page, or a component's shadow root. */
export interface TextSample {
  where: string;
  text: string;
}

/** One `<script type="application/ld+json">`: its data, or why it could not be read. */
export interface JsonLdBlock {
  data?: unknown;
  error?: string;
}

/** What a JSON-LD `cssSelector` matches, in the page as served and as it is now. */
export interface SelectorMatch {
  selector: string;
  valid: boolean;
  /** Elements it matches (the larger count of the two documents). */
  matched: number;
  /** Of those, elements neither in nor inside a gate's gated part. */
  outsideGatedPart: number;
}

/** One Content Security Policy, as the page states it. */
export interface CspPolicy {
  from: 'meta' | 'header' | 'report-only header';
  policy: string;
}

/** A heading, in the order a reader meets it (shadow roots and slots followed). */
export interface OutlineHeading {
  level: number;
  text: string;
  /** Rendered by one of the library's elements (the offer, a plan card, a benefits list). */
  paywall: boolean;
}

/** The entitlement endpoint, asked once by the doctor as the gate asks it. */
export interface EndpointProbe {
  url: string;
  crossOrigin: boolean;
  credentials: RequestCredentials;
  /** The gate's timeout, in ms. */
  timeout: number;
  /** `*-path` attributes given, over amp-subscriptions' paths. */
  paths: Record<string, string>;
  /** With `{articleIds}` in the template: the answer is an object of answers by article id. */
  batchedAs?: string;
  /** The request as the gate makes it: undefined when it failed before an answer (network, CORS). */
  answer?: { status: number; ms: number; cacheControl?: string; body: string };
  /** When the request as the gate makes it failed: without cookies, then opaque (no CORS). */
  withoutCredentials?: 'read' | 'failed';
  /** The request as the gate makes it had no answer within three times the timeout. */
  timedOut?: boolean;
  opaque?: 'answered' | 'failed';
}

/** The gate's article as served (soft mode holds it whole) and as it shows now. */
export interface ArticleText {
  /** The preview's text. */
  preview: string;
  /** Text past the preview, where the doctor can see it; `undefined` where it cannot (hard mode, locked). */
  rest?: string;
  /** The page as served holds text past the preview. */
  servedPastPreview: boolean;
  /** The preview takes the whole article: there is nothing to gate. */
  previewCoversArticle: boolean;
}

/** One `<paywall-gate>`. */
export interface GateSnapshot {
  /** How findings name it: `gate 1 (council-backs-riverside-tram-line)`. */
  label: string;
  state: GateState;
  entitlement?: Entitlement | null;
  hardMode: boolean;
  attributes: Record<string, string>;
  /** The gate's own login link in the `login` slot replaces `login-url`. */
  hasLoginSlot: boolean;
  /** Where the article id came from. */
  articleIdFrom: 'attribute' | 'canonical' | 'path';
  /** The article id goes into a request or the local meter. */
  articleIdUsed: boolean;
  regionName?: string;
  article?: ArticleText;
  endpoint?: EndpointProbe;
}

/** One plan, from a card's properties and rendered parts, or from a gate's JSON. */
export interface PlanSnapshot {
  name?: string;
  price?: number;
  currency?: string;
  period?: string;
  featured: boolean;
  /** The checkout link, absolute. */
  href?: string;
  /** The per-month line as shown, or as its fixed label says. */
  perMonth?: string;
  locale: string;
}

/** Plans shown together: a gate's offer, or cards that share a parent. */
export interface PlanGroup {
  where: string;
  plans: PlanSnapshot[];
}

/** Everything the checks look at. */
export interface PageSnapshot {
  url: string;
  texts: TextSample[];
  jsonLd: JsonLdBlock[];
  selectors: SelectorMatch[];
  meta: { description?: string; ogDescription?: string; contentTier?: string };
  /** Text of each `<noscript>`, markup stripped. */
  noscripts: string[];
  canonical?: string;
  csp: CspPolicy[];
  /** Copies of Lit on the page: each makes its own `lit-html` policy. */
  litCopies: number;
  gates: GateSnapshot[];
  plans: PlanGroup[];
  outline: OutlineHeading[];
  /** What the doctor could not look at, and why. */
  notes: string[];
}

/** A check: a snapshot in, findings out. */
export type Check = (page: PageSnapshot) => Finding[];
