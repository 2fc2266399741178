// The reader's account on the demo site: log in, checkout and log out, each back to the story the
// reader came from, and what the masthead shows of the reader. The session and the meter they
// read are the entitlement server's (./entitlements.mjs).
//
//   GET  /login?next=PATH               the log-in page; POST logs in as the demo subscriber, then back to PATH
//   GET  /subscribe?plan=ID&next=PATH   checkout for a plan (without one, the choice of plans); POST
//                                       completes a pretend subscription (no payment), then back to PATH
//   POST /logout?next=PATH              ends the session, then back to PATH
//   GET  /api/reader                    the masthead's view: subscriber or not, free articles left, demo mode
import { backTo, demoMode, endSession, isSubscriber, readerState, startSession } from './entitlements.mjs';
import { checkoutPage, loginPage, planChoicePage, PLANS } from './account-pages.mjs';

const page = (res, body) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};

const redirect = (res, location, setCookie) => {
  res.writeHead(303, { location, 'set-cookie': setCookie });
  res.end();
};

/** Answers the routes above; returns false for anything else. */
export async function handleAccount(req, res, url) {
  const { pathname } = url;
  const post = req.method === 'POST';

  if (pathname === '/login') {
    const next = backTo(url, req);
    if (post) return (redirect(res, next, startSession(req)), true);
    return (page(res, loginPage(next, isSubscriber(req))), true);
  }

  if (pathname === '/subscribe') {
    const next = backTo(url, req);
    const plan = PLANS.find((candidate) => candidate.id === url.searchParams.get('plan'));
    if (post && plan) return (redirect(res, next, startSession(req)), true);
    return (page(res, plan ? checkoutPage(plan, next, isSubscriber(req)) : planChoicePage(next)), true);
  }

  // A POST, so that no link on another site can log the reader out.
  if (pathname === '/logout' && post) return (redirect(res, backTo(url, req), endSession(req)), true);

  if (pathname === '/api/reader' && req.method === 'GET') {
    const body = JSON.stringify({ ...readerState(req, res), mode: demoMode(req) });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' });
    res.end(body);
    return true;
  }
  return false;
}
