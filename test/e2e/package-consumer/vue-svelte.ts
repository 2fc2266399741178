// Vue (GlobalComponents, as vue-tsc checks templates) and Svelte 5 (svelte/elements).
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';

type VueGateProps = InstanceType<GlobalComponents['paywall-gate']>['$props'];
export const vueGate: VueGateProps = { previewLength: 2, entitlement: { granted: false }, onFailure: 'open' };
// @ts-expect-error previewLength is a number
export const vueWrong: VueGateProps = { previewLength: 'two' };

export const svelteGate: SvelteHTMLElements['paywall-gate'] = {
  'preview-length': 2,
  'onpaywall-unlock': (event) => console.log(event.detail.reason),
};
// @ts-expect-error preview-length is a number
export const svelteWrong: SvelteHTMLElements['paywall-gate'] = { 'preview-length': 'two' };
