/**
 * Loads the paywall doctor (a file of its own in the script-tag build) and runs it, when the page
 * asks: `?paywall-doctor` in its address, or a gate with the `doctor` attribute. Nothing else
 * of the doctor is in the library's module.
 */
export function loadDoctorWhenAsked(root: Document): void {
  const start = () => {
    // A doctor that cannot load says why in the console, as the browser words it.
    if (location.search.includes('paywall-doctor') || root.querySelector('paywall-gate[doctor]'))
      import('./doctor.js').then((doctor) => doctor.runDoctor(), console.warn);
  };
  // DOMContentLoaded fires once: the listener goes with it.
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', start);
  else start();
}
