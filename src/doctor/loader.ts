/**
 * Loads the paywall doctor (a file of its own in the script-tag build) and runs it, when the page
 * asks: `?paywall-doctor` in its address, or a gate with the `doctor` attribute. Nothing else
 * of the doctor is in the library's module.
 */
export function loadDoctorWhenAsked(root: Document): void {
  const start = () => {
    if (/[?&]paywall-doctor\b/.test(location.search) || root.querySelector('paywall-gate[doctor]'))
      import('./doctor.js')
        .then((doctor) => doctor.runDoctor())
        .catch((error: unknown) => console.warn(`paywall doctor: ${String(error)}`));
  };
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
