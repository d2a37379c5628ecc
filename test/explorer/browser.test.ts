// Every browser test, in one file so that one Chromium and one server serve them all (the
// groups live in test/explorer/browser/). Chromium is Debian's, with every host but loopback
// unreachable; screenshots go to test/artifacts/.
import { graphiqlTests } from './browser/graphiql';
import { graphViewTests } from './browser/graph-view';
import { journeyTests } from './browser/journeys';
import { layoutTests } from './browser/layout';
import { localeTests, pageTests } from './browser/pages';
import { meetingOf20250206, useExplorerSession } from './browser/session';

jest.setTimeout(60_000);

const session = useExplorerSession();
const meetingId = () => meetingOf20250206(session.get());

// After every test, whatever page it opened: nothing was requested beyond the test server
// (the page and GraphiQL work on a closed network) and no page threw.
afterEach(() => {
  const { browser, pageErrors } = session.get();
  expect({ foreignRequests: browser.foreignRequests, pageErrors }).toEqual({ foreignRequests: [], pageErrors: [] });
});

describe('journeys through the explorer', () => journeyTests(session));
describe('GraphiQL offline', () => graphiqlTests(session));
describe('official and meeting pages, ask and the header boxes', () => pageTests(session, meetingId));
describe('the language switch', () => localeTests(session));
describe('the graph view', () => graphViewTests(session, meetingId));
describe('layout and accessibility', () => layoutTests(session, meetingId));
