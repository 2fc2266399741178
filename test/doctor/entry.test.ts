import { expect } from '@open-wc/testing';

// paywall-elements/doctor.js as npm users import it: the built file the exports map names, in a fresh frame.
describe('doctor: npm entry point', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('exports runDoctor, takeSnapshot and runChecks, typed, and registers nothing', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, { types: string; default: string }> };
    const entry = pkg.exports['./doctor.js'];
    expect(entry).to.deep.equal({ types: './dist/doctor/doctor.d.ts', default: './dist/doctor/doctor.js' });
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><p>empty</p>';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { eval(code: string): Promise<Record<string, unknown>> };
    const doctor = await win.eval(`import(${JSON.stringify(entry.default.replace(/^\./, ''))})`);
    expect(Object.keys(doctor).sort()).to.deep.equal(['runChecks', 'runDoctor', 'takeSnapshot']);
    // The dev server compiles .d.ts files it serves: that the declarations are there is what can be checked.
    expect((await fetch(entry.types.replace(/^\./, ''))).ok).to.equal(true);
    expect(win.customElements.get('paywall-gate')).to.equal(undefined);
  });
});
