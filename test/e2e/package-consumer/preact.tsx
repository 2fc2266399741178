/** @jsxImportSource preact */
// Preact: the tags in JSX (tsconfig "types": ["paywall-elements/types/preact"]).
export const element = (
  <paywall-gate preview-length={2} entitlement={{ granted: true }} onpaywall-unlock={(event) => event.detail.meter?.remaining}>
    <article>
      <p>Text</p>
    </article>
  </paywall-gate>
);

// @ts-expect-error preview-length is a number
export const wrongType = <paywall-gate preview-length="two" />;
// @ts-expect-error Preact takes any on… prop for a listener: onFailure is not offered
export const listener = <paywall-gate onFailure="open" />;
