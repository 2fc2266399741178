/// <reference types="paywall-elements/types/react" />
// React: the tags in JSX with React 19's types, and the React 18 wrappers.
import { PaywallGate } from 'paywall-elements/react';

export const element = (
  <paywall-gate
    preview-length={2}
    preview-unit="paragraphs"
    on-failure="open"
    entitlement={{ granted: false }}
    onpaywall-unlock={(event) => console.log(event.detail.reason, event.detail.meter?.used)}
    onpaywall-error={(event) => console.log(event.detail.source)}
  >
    <article>
      <p>Text</p>
    </article>
    <plan-card name="Annual" price={2700} featured onpaywall-plan-select={(event) => event.detail.plan.name} />
    <benefits-list heading="Every plan comes with" heading-level={3} />
  </paywall-gate>
);

export const wrapper = <PaywallGate previewLength={2} onFailure="open" onPaywallUnlock={(event) => event.detail.reason} />;

export const errors = (
  <>
    {/* @ts-expect-error preview-length is a number */}
    <paywall-gate preview-length="two" />
    {/* @ts-expect-error the unlock event's detail has no `granted` */}
    <paywall-gate onpaywall-unlock={(event) => event.detail.granted} />
    {/* @ts-expect-error a misspelt property (JSX lets any attribute with a hyphen through) */}
    <paywall-gate previewLenght={2} />
    {/* @ts-expect-error state is the gate's to set */}
    <paywall-gate state="unlocked" />
    {/* @ts-expect-error the wrapper's previewLength is a number too */}
    <PaywallGate previewLength="two" />
    {/* @ts-expect-error the wrapper's unlock event has no `granted` either */}
    <PaywallGate onPaywallUnlock={(event) => event.detail.granted} />
  </>
);
