/**
 * The permission matrix: every route of the OpenAPI document, called as every kind of caller, against
 * a record of the callers' own forum and of another forum, compared with a table written by hand.
 * The table is the reviewer's copy of docs/decisions/004-permission-policy.md; it is never derived
 * from the code. A route without rows fails, and so does a row for a route that no longer exists.
 *
 * The cast. Forum F (owner A; members A, B, E, S) and forum G (owner C; members C, H, S).
 *   anon    no session
 *   admin   the administrator, a user of A (a member of F)
 *   coord   coordinator of F (user of A)
 *   coordG  coordinator of G (user of C): "another forum's coordinator"
 *   rep     reporter of B in F: "the organisation's reporter"
 *   repE    reporter of E in F: "another member's reporter"
 *   reader  reader of F (user of D, an organisation in no forum)
 * Users that are targets only: fUser (B, reporter in F), gRep (H, reporter in G), both (S, reporter in
 * F and G), loginUser (D, no roles). The adjusters of F's meetings are coord and rep; of G's, coordG
 * and gRep. Rows marked "repE its secretary" aim at a meeting whose secretary is repE.
 *
 * The convention for a cell:
 *   ok   2xx. Every request is valid and aimed at a record in the state its action needs (a fresh
 *        record for each call that changes state), so an allowed caller gets a 2xx; a 409 or 422 is a
 *        broken fixture and fails the cell.
 *   no   403 or 404: refused (404 when the record is not even visible to the caller).
 *   401  not signed in.
 * Reads are checked for content too: no response to the reader or to G's coordinator contains text
 * marked HEMLIGT (F's unpublished summering, reports, notes, decisions, uppdrag, bilagor and justering
 * comments), and no response to repE (a reporter who is not an adjuster) contains justering comments.
 * DOCX and PDF answers are checked on their extracted text.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from './minutes-import/extract/builders.test-support.ts';
import { extractText } from './minutes-import/parse-file.ts';
import { login, useTestApp, type FixtureSpec } from '../test/app.ts';

const callers = ['anon', 'admin', 'coord', 'coordG', 'rep', 'repE', 'reader'] as const;
type Caller = (typeof callers)[number];
type Outcome = 'ok' | 'no' | '401';

// prettier-ignore
const expected: Record<string, string[]> = {
  // target                                     anon  admin coord coordG rep  repE  reader
  'POST /api/auth/login': [
    '—                                        | ok    ok    ok    ok     ok   ok    ok',
  ],
  'POST /api/auth/logout': [
    '—                                        | ok    ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/auth/me': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'PUT /api/auth/me/locale': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/auth/options': [
    '—                                        | ok    ok    ok    ok     ok   ok    ok',
  ],
  // This app has no identity provider configured: the provider's routes are 404 for everyone
  // (src/auth/single-sign-on.test.ts covers them with a provider).
  'GET /api/auth/oidc/start': [
    'no provider configured                   | no    no    no    no     no   no    no',
  ],
  'GET /api/auth/oidc/callback': [
    'no provider configured                   | no    no    no    no     no   no    no',
  ],
  'GET /api/auth/settings': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  'PUT /api/auth/settings': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  'GET /api/health': [
    '—                                        | ok    ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/organizations': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'POST /api/organizations': [
    'a new organisation                       | 401   ok    ok    ok     no   no    no',
  ],
  'GET /api/organizations/{id}': [
    'B, member of F                           | 401   ok    ok    ok     ok   ok    ok',
    'H, member of G                           | 401   ok    ok    ok     ok   ok    ok',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'PATCH /api/organizations/{id}': [
    'B, member of F only                      | 401   ok    ok    no     no   no    no',
    'H, member of G only                      | 401   ok    no    ok     no   no    no',
    'S, member of F and G                     | 401   ok    no    no     no   no    no',
    'D, no member; its user reads F           | 401   ok    ok    no     no   no    no',
    'N, in no forum at all                    | 401   ok    no    no     no   no    no',
    'a new member of F only: deactivate       | 401   ok    no    no     no   no    no',
  ],
  'GET /api/users': [
    '—                                        | 401   ok    ok    ok     no   no    no',
  ],
  'POST /api/users': [
    'user of B with a role in F               | 401   ok    ok    no     no   no    no',
    'user of H with a role in G               | 401   ok    no    ok     no   no    no',
    'user of S with a role in F               | 401   ok    ok    no     no   no    no',
    'user of B with a reader role in G        | 401   ok    no    no     no   no    no',
    'administrator of B                       | 401   ok    no    no     no   no    no',
  ],
  'GET /api/users/{id}': [
    'fUser: B, reporter in F                  | 401   ok    ok    no     no   no    no',
    'gRep: H, reporter in G                   | 401   ok    no    ok     no   no    no',
    'both: S, reporter in F and G             | 401   ok    ok    ok     no   no    no',
    'the administrator (of A)                 | 401   ok    ok    no     no   no    no',
  ],
  'PATCH /api/users/{id}': [
    'fUser: B, reporter in F                  | 401   ok    ok    no     no   no    no',
    'gRep: H, reporter in G                   | 401   ok    no    ok     no   no    no',
    'both: S, reporter in F and G             | 401   ok    no    no     no   no    no',
    'the administrator (of A)                 | 401   ok    no    no     no   no    no',
    'a new F reporter: make them admin        | 401   ok    no    no     no   no    no',
    'a new F reporter: add a reader role in G | 401   ok    no    no     no   no    no',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'GET /api/forums': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'POST /api/forums': [
    'a new forum                              | 401   ok    no    no     no   no    no',
  ],
  'GET /api/forums/{id}': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'PATCH /api/forums/{id}': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
    'F: a change of owner                     | 401   ok    no    no     no   no    no',
  ],
  'GET /api/audit': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  'GET /api/audit.csv': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  // API tokens are issued by administrators only (src/api-tokens tests what a token itself may reach).
  'GET /api/api-tokens': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  'POST /api/api-tokens': [
    'a new token for F                        | 401   ok    no    no     no   no    no',
  ],
  'POST /api/api-tokens/{id}/revoke': [
    'a fresh token for F                      | 401   ok    no    no     no   no    no',
  ],
  'GET /api/outbox': [
    '—                                        | 401   ok    no    no     no   no    no',
  ],
  'POST /api/outbox/resend': [
    'a message held without a mail server     | 401   ok    no    no     no   no    no',
  ],
  'GET /api/me/mail-preferences': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'PUT /api/me/mail-preferences': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/forums/{forumId}/indicators': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/forums/{forumId}/indicators': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'PATCH /api/indicators/{id}': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'GET /api/forums/{forumId}/rounds': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/forums/{forumId}/rounds': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/rounds/{roundId}': [
    'F, open, unpublished                     | 401   ok    ok    no     ok   ok    ok',
    'F, closed, published                     | 401   ok    ok    no     ok   ok    ok',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'PATCH /api/rounds/{roundId}': [
    'F, open                                  | 401   ok    ok    no     no   no    no',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'PUT /api/rounds/{roundId}/summary': [
    'F, open                                  | 401   ok    ok    no     no   no    no',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/rounds/{roundId}/overview': [
    'F, open, unpublished                     | 401   ok    ok    no     ok   ok    no',
    'F, closed, published                     | 401   ok    ok    no     ok   ok    ok',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  // Readers get the series of published rounds only (checked for content in src/trends).
  'GET /api/forums/{forumId}/reporting': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/trends': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  // Exports read what the trends read: readers the published rounds only (src/exports checks the content).
  'GET /api/forums/{forumId}/exports/values': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/exports/values.csv': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/exports/values.xlsx': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/exports/reporting': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/exports/reporting.csv': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/exports/reporting.xlsx': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/rounds/{roundId}/overview.pdf': [
    'F, open, unpublished                     | 401   ok    ok    no     ok   ok    no',
    'F, closed, published                     | 401   ok    ok    no     ok   ok    ok',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/rounds/{roundId}/reminders': [
    'F, open                                  | 401   ok    ok    no     no   no    no',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/rounds/{roundId}/reminders': [
    'F, open                                  | 401   ok    ok    no     no   no    no',
    'G, open                                  | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/round-schedule': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'PUT /api/forums/{forumId}/round-schedule': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/reminder-settings': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'PUT /api/forums/{forumId}/reminder-settings': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'GET /api/rounds/{roundId}/reports/{organizationId}': [
    "F, B's report                      | 401   ok    ok    no     ok   no    no",
    "G, H's report                      | 401   ok    no    ok     no   no    no",
  ],
  'PUT /api/rounds/{roundId}/reports/{organizationId}': [
    "F, B's report                      | 401   ok    ok    no     ok   no    no",
    "G, H's report                      | 401   ok    no    ok     no   no    no",
  ],
  'POST /api/rounds/{roundId}/reports/{organizationId}/submit': [
    "F, B's report                      | 401   ok    ok    no     ok   no    no",
    "G, H's report                      | 401   ok    no    ok     no   no    no",
  ],
  'POST /api/rounds/{roundId}/reports/{organizationId}/copy-previous': [
    "F, B's report                      | 401   ok    ok    no     ok   no    no",
    "G, H's report                      | 401   ok    no    ok     no   no    no",
  ],
  'GET /api/rounds/{roundId}/reports/{organizationId}/diff': [
    "F, B's report                      | 401   ok    ok    no     ok   no    no",
    "G, H's report                      | 401   ok    no    ok     no   no    no",
  ],
  'GET /api/me/reporting': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'GET /api/forums/{forumId}/meetings': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/forums/{forumId}/meetings': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/forums/{forumId}/meeting-settings': [
    'F                                        | 401   ok    ok    no     ok   ok    ok',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'PUT /api/forums/{forumId}/meeting-settings': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}': [
    'F, planned                               | 401   ok    ok    no     ok   ok    no',
    'F, in justering                          | 401   ok    ok    no     ok   ok    no',
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'F, imported from old minutes             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'PATCH /api/meetings/{meetingId}': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
    'F, planned; repE its secretary           | 401   ok    ok    no     no   ok    no',
  ],
  'POST /api/meetings/{meetingId}/hold': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
    'F, planned; repE its secretary           | 401   ok    ok    no     no   ok    no',
  ],
  'POST /api/meetings/{meetingId}/send-for-review': [
    'F, held                                  | 401   ok    ok    no     no   no    no',
    'G, held                                  | 401   ok    no    ok     no   no    no',
    'F, held; repE its secretary              | 401   ok    ok    no     no   ok    no',
  ],
  'POST /api/meetings/{meetingId}/withdraw': [
    'F, in justering                          | 401   ok    ok    no     no   no    no',
    'G, in justering                          | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/meetings/{meetingId}/invitations': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
    'F, planned; repE its secretary           | 401   ok    ok    no     no   ok    no',
  ],
  'POST /api/meetings/{meetingId}/cancel': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
    'F, planned; repE its secretary           | 401   ok    ok    no     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/mail': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'F, published                             | 401   ok    ok    no     no   no    no',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/meetings/{meetingId}/publish': [
    'F, justerad                              | 401   ok    ok    no     no   no    no',
    'G, justerad                              | 401   ok    no    ok     no   no    no',
    'F, justerad; repE its secretary          | 401   ok    ok    no     no   no    no',
  ],
  'POST /api/meetings/{meetingId}/correct': [
    'F, justerad                              | 401   ok    ok    no     no   no    no',
    'G, justerad                              | 401   ok    no    ok     no   no    no',
    'F, justerad; repE its secretary          | 401   ok    ok    no     no   no    no',
  ],
  // Justering is personal: F's adjusters are coord and rep, G's are coordG and gRep.
  'POST /api/meetings/{meetingId}/approve': [
    'F, in justering                          | 401   no    ok    no     ok   no    no',
    'G, in justering                          | 401   no    no    ok     no   no    no',
    'F, in justering; repE its secretary      | 401   no    ok    no     ok   no    no',
  ],
  'POST /api/meetings/{meetingId}/comments': [
    'F, in justering                          | 401   ok    ok    no     ok   no    no',
    'G, in justering                          | 401   ok    no    ok     no   no    no',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'PUT /api/meetings/{meetingId}/attendees': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/meetings/{meetingId}/items': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'PUT /api/meetings/{meetingId}/item-order': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'PATCH /api/agenda-items/{id}': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'DELETE /api/agenda-items/{id}': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/agenda-items/{id}/actions': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/meetings/{meetingId}/attachments': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/attachments/{id}': [
    'F, of the planned meeting                | 401   ok    ok    no     ok   ok    no',
    'F, of the published meeting              | 401   ok    ok    no     ok   ok    ok',
    'G, of the published meeting              | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/minutes.docx': [
    'F, planned                               | 401   ok    ok    no     ok   ok    no',
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/minutes.pdf': [
    'F, planned                               | 401   ok    ok    no     ok   ok    no',
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/archive.pdf': [
    'F, planned                               | 401   ok    ok    no     ok   ok    no',
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/versions/{version}': [
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/versions/{version}/minutes.docx': [
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/versions/{version}/minutes.pdf': [
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'GET /api/meetings/{meetingId}/versions/{version}/archive.pdf': [
    'F, published                             | 401   ok    ok    no     ok   ok    ok',
    'G, published                             | 401   ok    no    ok     no   no    no',
  ],
  'DELETE /api/attachments/{id}': [
    'F, planned                               | 401   ok    ok    no     no   no    no',
    'G, planned                               | 401   ok    no    ok     no   no    no',
  ],
  // target                                     anon  admin coord coordG rep  repE  reader
  'GET /api/decisions': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/actions': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/actions/owners': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  // Everyone may search; what each finds is checked for HEMLIGT like every read (and in src/search).
  'GET /api/search': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/me/actions': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/me/meetings': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  'GET /api/me/due': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  // Every user may open the live stream; each event is filtered by who may read its record
  // (src/live/routes.test.ts), and its data holds ids only.
  'GET /api/events': [
    '—                                        | 401   ok    ok    ok     ok   ok    ok',
  ],
  // The owner of an uppdrag (a reporter of its organisation) sets its status: the body does only that.
  'PATCH /api/actions/{id}': [
    'F, owned by B, published meeting         | 401   ok    ok    no     ok   no    no',
    'G, owned by H, published meeting         | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/forums/{forumId}/minutes-imports/preview': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
  'POST /api/forums/{forumId}/minutes-imports': [
    'F                                        | 401   ok    ok    no     no   no    no',
    'G                                        | 401   ok    no    ok     no   no    no',
  ],
};

/**
 * Cells that fail today because of a defect named in issue 9, as "route | target | caller". The test
 * fails when a listed cell passes, so a fix cannot hide here: remove the line with the fix.
 */
const knownDefects: string[] = [];

// ---------------------------------------------------------------------------------------------------
// Reading the table

interface Row {
  route: string;
  target: string;
  outcomes: Record<Caller, Outcome>;
}

function parseTable(): Row[] {
  return Object.entries(expected).flatMap(([route, lines]) =>
    lines.map((line) => {
      const [target, cells] = line.split('|').map((part) => part.trim());
      const tokens = cells!.split(/\s+/);
      if (tokens.length !== callers.length || tokens.some((t) => !['ok', 'no', '401'].includes(t)))
        throw new Error(`malformed row for ${route}: ${line}`);
      const outcomes = Object.fromEntries(callers.map((c, i) => [c, tokens[i] as Outcome])) as Record<Caller, Outcome>;
      return { route, target: target!, outcomes };
    }),
  );
}

const cellId = (route: string, target: string, caller: Caller) => `${route} | ${target} | ${caller}`;

function outcomeOf(status: number): Outcome | `other ${number}` {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 403 || status === 404) return 'no';
  if (status === 401) return '401';
  return `other ${status}`;
}

// ---------------------------------------------------------------------------------------------------
// The fixture

const spec: FixtureSpec = {
  organizations: [
    { key: 'A', name: 'Region Alfa', kind: 'region' },
    { key: 'B', name: 'Bruksby kommun' },
    { key: 'E', name: 'Ekby kommun' },
    { key: 'S', name: 'Sjöby kommun' },
    { key: 'D', name: 'Dataverket', kind: 'myndighet' },
    { key: 'N', name: 'Nyby kommun' },
    { key: 'C', name: 'Region Gamma', kind: 'region' },
    { key: 'H', name: 'Hamnby kommun' },
  ],
  forums: [
    { key: 'F', name: 'Forum F', owner: 'A', members: ['A', 'B', 'E', 'S'] },
    { key: 'G', name: 'Forum G', owner: 'C', members: ['C', 'H', 'S'] },
  ],
  users: [
    { key: 'admin', organization: 'A', isAdmin: true },
    { key: 'coord', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'coordG', organization: 'C', roles: [{ forum: 'G', role: 'coordinator' }] },
    { key: 'rep', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'repE', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'fUser', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'gRep', organization: 'H', roles: [{ forum: 'G', role: 'reporter' }] },
    {
      key: 'both',
      organization: 'S',
      roles: [
        { forum: 'F', role: 'reporter' },
        { forum: 'G', role: 'reporter' },
      ],
    },
    { key: 'loginUser', organization: 'D' },
  ],
};

const ctx = useTestApp(spec);

/** Text no reader may ever receive: each is written only where it is unpublished. */
const SECRET = /HEMLIGT-[A-ZÅÄÖ]+/g;
const JUSTERING = /HEMLIGT-JUSTERING/g;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Request {
  method: string;
  url: string;
  payload?: unknown;
  multipart?: { filename: string; data: Buffer; fields?: Record<string, string> };
  /** A session to use instead of the caller's own (logout ends the session it is sent with). */
  cookie?: string;
  /** An event stream that never ends: only its status and headers are read. */
  isStream?: boolean;
}

const cookies = new Map<string, string>();
async function cookieOf(user: string): Promise<string> {
  if (!cookies.has(user)) cookies.set(user, await login(ctx.app, ctx.fixture.user[user]!.email));
  return cookies.get(user)!;
}

async function send(request: Request, caller: Caller | string) {
  const headers: Record<string, string> = {};
  const cookie = request.cookie ?? (caller === 'anon' ? undefined : await cookieOf(caller));
  if (cookie) headers.cookie = cookie;
  let payload: string | Buffer | undefined;
  if (request.multipart) {
    const form = new FormData();
    for (const [name, value] of Object.entries(request.multipart.fields ?? {})) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(request.multipart.data)]), request.multipart.filename);
    const encoded = new globalThis.Request('http://localhost', { method: 'POST', body: form });
    payload = Buffer.from(await encoded.arrayBuffer());
    headers['content-type'] = encoded.headers.get('content-type')!;
  } else if (request.payload !== undefined) {
    payload = JSON.stringify(request.payload);
    headers['content-type'] = 'application/json';
  }
  if (request.isStream) {
    const response = await ctx.app.inject({ method: 'GET', url: request.url, headers, payloadAsStream: true });
    response.stream().destroy();
    return { ...response, body: '', rawPayload: Buffer.alloc(0) };
  }
  return ctx.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

/** A setup call that must succeed. */
async function call(caller: string, method: string, url: string, payload?: unknown): Promise<Json> {
  const response = await send({ method, url, payload }, caller);
  if (response.statusCode >= 300)
    throw new Error(`setup ${method} ${url} as ${caller}: ${response.statusCode} ${response.body}`);
  return response.body ? (response.json() as Json) : {};
}
const asAdmin = (method: string, url: string, payload?: unknown) => call('admin', method, url, payload);

let counter = 0;
const unique = () => ++counter;

type ForumKey = 'F' | 'G';
const adjustersOf = (forum: ForumKey) => (forum === 'F' ? ['coord', 'rep'] : ['coordG', 'gRep']);
const reportingOrg = (forum: ForumKey) => (forum === 'F' ? 'B' : 'H');

interface ForumRecords {
  indicatorId: string;
  previousRoundId: string;
  roundId: string;
  plannedId: string;
  reviewId: string;
  publishedId: string;
  plannedAttachmentId: string;
  publishedAttachmentId: string;
  publishedActionId: string;
  importedId: string;
}
const records = {} as Record<ForumKey, ForumRecords>;
let pdf: Buffer;

async function saveAndSubmit(roundId: string, organizationId: string, text: string, indicatorId: string) {
  const url = `/api/rounds/${roundId}/reports/${organizationId}`;
  const current = await asAdmin('GET', url);
  const saved = await asAdmin('PUT', url, {
    revision: current.revision,
    currentSituation: text,
    challenges: `Utmaning ${text}`,
    input: '',
    strainLevel: 'strained',
    values: [{ indicatorId, value: 10 + unique() }],
  });
  await asAdmin('POST', `${url}/submit`, { revision: saved.revision });
}

async function createMeeting(
  forum: ForumKey,
  options: { date?: string; adjusters?: string[]; roundId?: string; useTemplate?: boolean; secretary?: string } = {},
): Promise<Json> {
  return asAdmin('POST', `/api/forums/${ctx.fixture.forum[forum]}/meetings`, {
    title: `Samverkansmöte ${forum} ${unique()}`,
    meetingDate: options.date ?? '2026-02-02',
    adjusters: (options.adjusters ?? adjustersOf(forum)).map((key) => ({ userId: ctx.fixture.user[key]!.id })),
    roundId: options.roundId ?? null,
    useTemplate: options.useTemplate ?? false,
    secretary: options.secretary ? { userId: ctx.fixture.user[options.secretary]!.id } : null,
  });
}

/**
 * A fresh meeting of the forum in the state a transition needs. The state is set in the database: the
 * transitions that lead there have rows of their own, and walking them for every cell is slow.
 */
async function meetingIn(
  forum: ForumKey,
  status: 'planned' | 'held' | 'in_review' | 'approved',
  secretary?: string,
): Promise<string> {
  const { id } = await createMeeting(forum, { secretary });
  await ctx.database.db.updateTable('meetings').set({ status }).where('id', '=', id).execute();
  return id;
}

async function addItem(meetingId: string, title: string): Promise<Json> {
  const meeting = await asAdmin('POST', `/api/meetings/${meetingId}/items`, { title, kind: 'beslut' });
  return meeting.items.find((i: Json) => i.title === title);
}

async function attach(meetingId: string, title: string): Promise<string> {
  const response = await send(
    {
      method: 'POST',
      url: `/api/meetings/${meetingId}/attachments`,
      multipart: { filename: 'bilaga.pdf', data: pdf, fields: { title } },
    },
    'admin',
  );
  if (response.statusCode !== 200) throw new Error(`setup attachment: ${response.statusCode} ${response.body}`);
  return (response.json() as Json).attachments.find((a: Json) => a.title === title).id;
}

/**
 * What each forum holds. F's unpublished records carry the HEMLIGT markers; G's are plain. The
 * published meeting comes after the planned and the in-justering one, so their open uppdrag are its
 * follow-ups, and it discusses the unpublished round, whose lägesbild a reader must not get through it.
 */
async function seedForum(forum: ForumKey) {
  const forumId = ctx.fixture.forum[forum]!;
  const org = ctx.fixture.org[reportingOrg(forum)]!;
  const secret = (word: string) => (forum === 'F' ? `HEMLIGT-${word}` : word.toLowerCase());
  const indicator = await asAdmin('POST', `/api/forums/${forumId}/indicators`, {
    key: 'inlagda',
    nameSv: 'Inlagda',
    nameEn: 'Inpatients',
    kind: 'integer',
    higherIs: 'worse',
  });
  const round = (start: string, end: string) =>
    asAdmin('POST', `/api/forums/${forumId}/rounds`, {
      periodStart: start,
      periodEnd: end,
      deadlineDate: end,
      deadlineTime: '12:00',
    });
  const previous = await round('2026-01-05', '2026-01-11');
  await saveAndSubmit(previous.id, org, 'Förra veckan', indicator.id);
  await asAdmin('PATCH', `/api/rounds/${previous.id}`, { status: 'closed', isPublished: true });
  const current = await round('2026-01-12', '2026-01-18');
  await saveAndSubmit(current.id, org, `${secret('RAPPORT')} första`, indicator.id);
  await saveAndSubmit(current.id, org, `${secret('RAPPORT')} andra`, indicator.id);
  await asAdmin('PUT', `/api/rounds/${current.id}/summary`, {
    summary: `${secret('SUMMERING')} läget`,
    expectedUpdatedAt: null,
  });

  // After the published meeting: published minutes follow up only uppdrag of published minutes.
  const planned = await createMeeting(forum, { date: '2026-01-27', useTemplate: true });
  const item = await addItem(planned.id, 'Beslutspunkt');
  await asAdmin('PATCH', `/api/agenda-items/${item.id}`, {
    revision: item.revision,
    notes: `${secret('ANTECKNING')} anteckning`,
    decisions: [`att ${secret('BESLUT')} fattas`],
  });
  for (const owner of [org, ctx.fixture.org.D!])
    await asAdmin('POST', `/api/agenda-items/${item.id}/actions`, {
      ownerOrganizationId: owner,
      task: `${secret('UPPDRAG')} att utreda`,
    });
  const plannedAttachmentId = await attach(planned.id, `${secret('BILAGA')} underlag`);

  const review = await createMeeting(forum, { date: '2026-01-14' });
  const reviewItem = await addItem(review.id, 'Granskad punkt');
  await asAdmin('PATCH', `/api/agenda-items/${reviewItem.id}`, {
    revision: reviewItem.revision,
    decisions: [`att ${secret('BESLUT')} i justering`],
  });
  await asAdmin('POST', `/api/meetings/${review.id}/hold`);
  await asAdmin('POST', `/api/meetings/${review.id}/send-for-review`);
  await call(adjustersOf(forum)[0]!, 'POST', `/api/meetings/${review.id}/comments`, {
    agendaItemId: null,
    text: `${secret('JUSTERING')} stavfel`,
  });

  // Published minutes print their round's lägesbild, so they discuss the published round.
  const published = await createMeeting(forum, { date: '2026-01-20', roundId: previous.id });
  const publishedItem = await addItem(published.id, 'Publicerad punkt');
  await asAdmin('PATCH', `/api/agenda-items/${publishedItem.id}`, {
    revision: publishedItem.revision,
    decisions: ['att godkänna lägesbilden'],
  });
  const withAction = await asAdmin('POST', `/api/agenda-items/${publishedItem.id}/actions`, {
    ownerOrganizationId: org,
    task: 'Publicerat uppdrag att följa upp',
  });
  const publishedActionId = withAction.items
    .flatMap((i: Json) => i.actions)
    .find((a: Json) => a.task.startsWith('Publicerat')).id;
  const publishedAttachmentId = await attach(published.id, 'Publicerad bilaga');
  await asAdmin('POST', `/api/meetings/${published.id}/hold`);
  await asAdmin('POST', `/api/meetings/${published.id}/send-for-review`);
  await call(adjustersOf(forum)[1]!, 'POST', `/api/meetings/${published.id}/comments`, {
    agendaItemId: null,
    text: `${secret('JUSTERING')} synpunkt`,
  });
  for (const adjuster of adjustersOf(forum)) await call(adjuster, 'POST', `/api/meetings/${published.id}/approve`);
  await asAdmin('POST', `/api/meetings/${published.id}/publish`);

  const imported = await send(
    {
      method: 'POST',
      url: `/api/forums/${forumId}/minutes-imports`,
      multipart: { filename: 'anteckningar.txt', data: minutesFile() },
    },
    'admin',
  );
  if (imported.statusCode !== 201) throw new Error(`setup import: ${imported.statusCode} ${imported.body}`);

  records[forum] = {
    indicatorId: indicator.id,
    previousRoundId: previous.id,
    roundId: current.id,
    plannedId: planned.id,
    reviewId: review.id,
    publishedId: published.id,
    plannedAttachmentId,
    publishedAttachmentId,
    publishedActionId,
    importedId: (imported.json() as Json).meetingId,
  };
}

/** A fresh user of B, reporter in F only. */
async function newReporterOfF(): Promise<string> {
  const user = await asAdmin('POST', '/api/users', {
    email: `ny${unique()}@test.example`,
    name: 'Ny Rapportör',
    organizationId: ctx.fixture.org.B,
    forumRoles: [{ forumId: F(), role: 'reporter' }],
  });
  return user.id;
}

/** A fresh organisation that is a member of F and of no other forum (earlier fresh ones leave F). */
async function newMemberOfF(): Promise<string> {
  const organization = await asAdmin('POST', '/api/organizations', { name: `Ny medlem ${unique()}`, kind: 'kommun' });
  await asAdmin('PATCH', `/api/forums/${F()}`, {
    memberOrganizationIds: [...spec.forums![0]!.members.map((key) => ctx.fixture.org[key]), organization.id],
  });
  return organization.id;
}

/** Old minutes to import, different each time so every import creates a meeting. */
function minutesFile() {
  const n = unique();
  return Buffer.from(
    [
      'Minnesanteckningar',
      `Samverkansmöte nr ${n}`,
      `Datum: 2025-03-${String((n % 27) + 1).padStart(2, '0')}`,
      'Tid: 14.00–15.00',
      'Plats: Telefonkonferens',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      `2. Lägesbild ${n}`,
      'Läget är stabilt.',
      'Beslut: att notera informationen.',
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------------
// The requests: one builder per row of the table; it may create a fresh record for the call.

type Builder = (caller: Caller) => Request | Promise<Request>;
const F = () => ctx.fixture.forum.F!;
const G = () => ctx.fixture.forum.G!;
const forumOf = (forum: ForumKey) => ctx.fixture.forum[forum]!;
const byForum = (build: (forum: ForumKey) => Builder): Record<string, Builder> => ({ F: build('F'), G: build('G') });
const get =
  (url: () => string): Builder =>
  () => ({ method: 'GET', url: url() });

async function reportRevision(forum: ForumKey) {
  const report = await asAdmin('GET', reportUrl(forum));
  return report.revision as number;
}
const reportUrl = (forum: ForumKey) =>
  `/api/rounds/${records[forum].roundId}/reports/${ctx.fixture.org[reportingOrg(forum)]}`;

async function plannedItem(forum: ForumKey) {
  const meeting = await asAdmin('GET', `/api/meetings/${records[forum].plannedId}`);
  return meeting.items.find((i: Json) => i.title === 'Beslutspunkt');
}

const requests: Record<string, Record<string, Builder>> = {
  'POST /api/auth/login': {
    '—': () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ctx.fixture.user.loginUser!.email, password: 'correct horse battery' },
    }),
  },
  'POST /api/auth/logout': {
    '—': async (caller) => ({
      method: 'POST',
      url: '/api/auth/logout',
      ...(caller === 'anon' ? {} : { cookie: await login(ctx.app, ctx.fixture.user[caller]!.email) }),
    }),
  },
  'GET /api/auth/me': { '—': get(() => '/api/auth/me') },
  'PUT /api/auth/me/locale': { '—': () => ({ method: 'PUT', url: '/api/auth/me/locale', payload: { locale: 'sv' } }) },
  'GET /api/auth/options': { '—': get(() => '/api/auth/options') },
  'GET /api/auth/oidc/start': { 'no provider configured': get(() => '/api/auth/oidc/start') },
  'GET /api/auth/oidc/callback': { 'no provider configured': get(() => '/api/auth/oidc/callback?code=x&state=y') },
  'GET /api/auth/settings': { '—': get(() => '/api/auth/settings') },
  'PUT /api/auth/settings': {
    '—': () => ({
      method: 'PUT',
      url: '/api/auth/settings',
      payload: { passwordSignIn: true, createUnknownUsers: true, newUserOrganizationId: ctx.fixture.org.N },
    }),
  },
  'GET /api/health': { '—': get(() => '/api/health') },
  'GET /api/organizations': { '—': get(() => '/api/organizations') },
  'POST /api/organizations': {
    'a new organisation': () => ({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: `Ny kommun ${unique()}`, kind: 'kommun' },
    }),
  },
  'GET /api/organizations/{id}': {
    'B, member of F': get(() => `/api/organizations/${ctx.fixture.org.B}`),
    'H, member of G': get(() => `/api/organizations/${ctx.fixture.org.H}`),
  },
  'PATCH /api/organizations/{id}': Object.fromEntries([
    ...(
      [
        ['B, member of F only', 'B'],
        ['H, member of G only', 'H'],
        ['S, member of F and G', 'S'],
        ['D, no member; its user reads F', 'D'],
        ['N, in no forum at all', 'N'],
      ] as const
    ).map(([target, org]) => [
      target,
      () => ({
        method: 'PATCH',
        url: `/api/organizations/${ctx.fixture.org[org]}`,
        payload: { shortName: `K${unique()}` },
      }),
    ]),
    [
      'a new member of F only: deactivate',
      async () => ({
        method: 'PATCH',
        url: `/api/organizations/${await newMemberOfF()}`,
        payload: { isActive: false },
      }),
    ],
  ]),
  'GET /api/users': { '—': get(() => '/api/users') },
  'POST /api/users': Object.fromEntries(
    (
      [
        ['user of B with a role in F', 'B', 'F', false],
        ['user of H with a role in G', 'H', 'G', false],
        ['user of S with a role in F', 'S', 'F', false],
        ['user of B with a reader role in G', 'B', 'G', false],
        ['administrator of B', 'B', null, true],
      ] as const
    ).map(([target, org, forum, isAdmin]) => [
      target,
      () => ({
        method: 'POST',
        url: '/api/users',
        payload: {
          email: `ny${unique()}@test.example`,
          name: 'Ny Användare',
          organizationId: ctx.fixture.org[org],
          isAdmin,
          forumRoles: forum
            ? [{ forumId: forumOf(forum), role: org === 'B' && forum === 'G' ? 'reader' : 'reporter' }]
            : [],
        },
      }),
    ]),
  ),
  ...(() => {
    const users = [
      ['fUser: B, reporter in F', 'fUser'],
      ['gRep: H, reporter in G', 'gRep'],
      ['both: S, reporter in F and G', 'both'],
      ['the administrator (of A)', 'admin'],
    ] as const;
    return {
      'GET /api/users/{id}': Object.fromEntries(
        users.map(([target, user]) => [target, get(() => `/api/users/${ctx.fixture.user[user]!.id}`)]),
      ),
      'PATCH /api/users/{id}': {
        ...Object.fromEntries(
          users.map(([target, user]) => [
            target,
            () => ({
              method: 'PATCH',
              url: `/api/users/${ctx.fixture.user[user]!.id}`,
              payload: { title: `Titel ${unique()}` },
            }),
          ]),
        ),
        'a new F reporter: make them admin': async () => ({
          method: 'PATCH',
          url: `/api/users/${await newReporterOfF()}`,
          payload: { isAdmin: true },
        }),
        'a new F reporter: add a reader role in G': async () => ({
          method: 'PATCH',
          url: `/api/users/${await newReporterOfF()}`,
          payload: {
            forumRoles: [
              { forumId: F(), role: 'reporter' },
              { forumId: G(), role: 'reader' },
            ],
          },
        }),
      },
    };
  })(),
  'GET /api/forums': { '—': get(() => '/api/forums') },
  'POST /api/forums': {
    'a new forum': () => ({
      method: 'POST',
      url: '/api/forums',
      payload: { name: `Nytt forum ${unique()}`, ownerOrganizationId: ctx.fixture.org.N, memberOrganizationIds: [] },
    }),
  },
  'GET /api/forums/{id}': { F: get(() => `/api/forums/${F()}`), G: get(() => `/api/forums/${G()}`) },
  'PATCH /api/forums/{id}': {
    ...byForum((forum) => () => ({
      method: 'PATCH',
      url: `/api/forums/${forumOf(forum)}`,
      payload: { description: `Beskrivning ${unique()}` },
    })),
    'F: a change of owner': async () => {
      // Between A and B, both members, so every owner F gets leaves the other rows as they were.
      const forum = await asAdmin('GET', `/api/forums/${F()}`);
      const owner = forum.ownerOrganizationId === ctx.fixture.org.A ? ctx.fixture.org.B : ctx.fixture.org.A;
      return { method: 'PATCH', url: `/api/forums/${F()}`, payload: { ownerOrganizationId: owner } };
    },
  },
  'GET /api/audit': { '—': get(() => '/api/audit') },
  'GET /api/audit.csv': { '—': get(() => '/api/audit.csv') },
  'GET /api/api-tokens': { '—': get(() => '/api/api-tokens') },
  'POST /api/api-tokens': {
    'a new token for F': () => ({
      method: 'POST',
      url: '/api/api-tokens',
      payload: { name: `Integration ${unique()}`, forumIds: [F()] },
    }),
  },
  'POST /api/api-tokens/{id}/revoke': {
    'a fresh token for F': async () => {
      const issued = await asAdmin('POST', '/api/api-tokens', { name: `Integration ${unique()}`, forumIds: [F()] });
      return { method: 'POST', url: `/api/api-tokens/${issued.apiToken.id}/revoke` };
    },
  },
  'GET /api/outbox': { '—': get(() => '/api/outbox') },
  'POST /api/outbox/resend': {
    'a message held without a mail server': async () => {
      const { id } = await ctx.database.db
        .insertInto('outbox')
        .values({
          kind: 'round_opened',
          toEmail: `held${unique()}@test.example`,
          toName: 'Mottagare',
          locale: 'sv',
          subject: 'Ny avstämning',
          body: 'Text',
          htmlBody: '<p>Text</p>',
          status: 'held',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { method: 'POST', url: '/api/outbox/resend', payload: { ids: [id] } };
    },
  },
  'GET /api/me/mail-preferences': { '—': get(() => '/api/me/mail-preferences') },
  'PUT /api/me/mail-preferences': {
    '—': () => ({
      method: 'PUT',
      url: '/api/me/mail-preferences',
      payload: { items: [{ kind: 'round_opened', isEnabled: true }] },
    }),
  },
  'GET /api/forums/{forumId}/indicators': byForum((forum) => get(() => `/api/forums/${forumOf(forum)}/indicators`)),
  'GET /api/forums/{forumId}/reporting': byForum((forum) => get(() => `/api/forums/${forumOf(forum)}/reporting`)),
  'GET /api/forums/{forumId}/trends': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/trends?indicatorId=${records[forum].indicatorId}`),
  ),
  'GET /api/forums/{forumId}/exports/values': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/values`),
  ),
  'GET /api/forums/{forumId}/exports/values.csv': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/values.csv`),
  ),
  'GET /api/forums/{forumId}/exports/values.xlsx': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/values.xlsx`),
  ),
  'GET /api/forums/{forumId}/exports/reporting': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/reporting`),
  ),
  'GET /api/forums/{forumId}/exports/reporting.csv': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/reporting.csv`),
  ),
  'GET /api/forums/{forumId}/exports/reporting.xlsx': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/exports/reporting.xlsx`),
  ),
  'POST /api/forums/{forumId}/indicators': byForum((forum) => () => ({
    method: 'POST',
    url: `/api/forums/${forumOf(forum)}/indicators`,
    payload: {
      key: `ind_${unique()}`,
      nameSv: 'Lediga platser',
      nameEn: 'Free beds',
      kind: 'integer',
      higherIs: 'better',
    },
  })),
  'PATCH /api/indicators/{id}': byForum((forum) => () => ({
    method: 'PATCH',
    url: `/api/indicators/${records[forum].indicatorId}`,
    payload: { unit: 'st' },
  })),
  'GET /api/forums/{forumId}/rounds': byForum((forum) => get(() => `/api/forums/${forumOf(forum)}/rounds`)),
  'POST /api/forums/{forumId}/rounds': byForum((forum) => () => {
    // A new period for every call: one round per forum and period.
    const start = new Date(Date.UTC(2030, 0, 7 + 7 * unique()));
    const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    return {
      method: 'POST',
      url: `/api/forums/${forumOf(forum)}/rounds`,
      payload: { periodStart: day(0), periodEnd: day(6), deadlineDate: day(4), deadlineTime: '12:00' },
    };
  }),
  'GET /api/rounds/{roundId}': {
    'F, open, unpublished': get(() => `/api/rounds/${records.F.roundId}`),
    'F, closed, published': get(() => `/api/rounds/${records.F.previousRoundId}`),
    'G, open': get(() => `/api/rounds/${records.G.roundId}`),
  },
  'PATCH /api/rounds/{roundId}': {
    'F, open': () => ({ method: 'PATCH', url: `/api/rounds/${records.F.roundId}`, payload: { title: 'v. 3 2026' } }),
    'G, open': () => ({ method: 'PATCH', url: `/api/rounds/${records.G.roundId}`, payload: { title: 'v. 3 2026' } }),
  },
  'PUT /api/rounds/{roundId}/summary': {
    'F, open': async () => summaryRequest('F'),
    'G, open': async () => summaryRequest('G'),
  },
  'GET /api/rounds/{roundId}/overview': {
    'F, open, unpublished': get(() => `/api/rounds/${records.F.roundId}/overview`),
    'F, closed, published': get(() => `/api/rounds/${records.F.previousRoundId}/overview`),
    'G, open': get(() => `/api/rounds/${records.G.roundId}/overview`),
  },
  'GET /api/rounds/{roundId}/overview.pdf': {
    'F, open, unpublished': get(() => `/api/rounds/${records.F.roundId}/overview.pdf`),
    'F, closed, published': get(() => `/api/rounds/${records.F.previousRoundId}/overview.pdf`),
    'G, open': get(() => `/api/rounds/${records.G.roundId}/overview.pdf`),
  },
  'POST /api/rounds/{roundId}/reminders': {
    'F, open': () => ({ method: 'POST', url: `/api/rounds/${records.F.roundId}/reminders`, payload: {} }),
    'G, open': () => ({ method: 'POST', url: `/api/rounds/${records.G.roundId}/reminders`, payload: {} }),
  },
  'GET /api/rounds/{roundId}/reminders': {
    'F, open': get(() => `/api/rounds/${records.F.roundId}/reminders`),
    'G, open': get(() => `/api/rounds/${records.G.roundId}/reminders`),
  },
  'GET /api/forums/{forumId}/round-schedule': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/round-schedule`),
  ),
  'PUT /api/forums/{forumId}/round-schedule': byForum((forum) => () => ({
    method: 'PUT',
    url: `/api/forums/${forumOf(forum)}/round-schedule`,
    // Inactive, so saving it opens no round that would change the other rows.
    payload: { weekday: 2, deadlineTime: '12:00', openDaysBefore: 3, isActive: false },
  })),
  'GET /api/forums/{forumId}/reminder-settings': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/reminder-settings`),
  ),
  'PUT /api/forums/{forumId}/reminder-settings': byForum((forum) => () => ({
    method: 'PUT',
    url: `/api/forums/${forumOf(forum)}/reminder-settings`,
    payload: { hoursBefore: 24, hoursAfter: null },
  })),
  ...(() => {
    const reports = (build: (forum: ForumKey) => Builder) => ({
      "F, B's report": build('F'),
      "G, H's report": build('G'),
    });
    return {
      'GET /api/rounds/{roundId}/reports/{organizationId}': reports((forum) => get(() => reportUrl(forum))),
      'PUT /api/rounds/{roundId}/reports/{organizationId}': reports((forum) => async () => ({
        method: 'PUT',
        url: reportUrl(forum),
        payload: draft(forum, await reportRevision(forum)),
      })),
      'POST /api/rounds/{roundId}/reports/{organizationId}/submit': reports((forum) => async () => {
        // Something new to submit: an unchanged draft answers 409.
        const saved = await asAdmin('PUT', reportUrl(forum), draft(forum, await reportRevision(forum)));
        return { method: 'POST', url: `${reportUrl(forum)}/submit`, payload: { revision: saved.revision } };
      }),
      'POST /api/rounds/{roundId}/reports/{organizationId}/copy-previous': reports((forum) => async () => ({
        method: 'POST',
        url: `${reportUrl(forum)}/copy-previous`,
        payload: { revision: await reportRevision(forum) },
      })),
      'GET /api/rounds/{roundId}/reports/{organizationId}/diff': reports((forum) =>
        get(() => `${reportUrl(forum)}/diff?from=1&to=2`),
      ),
    };
  })(),
  'GET /api/me/reporting': { '—': get(() => '/api/me/reporting') },
  'GET /api/forums/{forumId}/meetings': byForum((forum) => get(() => `/api/forums/${forumOf(forum)}/meetings`)),
  'POST /api/forums/{forumId}/meetings': byForum((forum) => () => ({
    method: 'POST',
    url: `/api/forums/${forumOf(forum)}/meetings`,
    payload: { title: `Nytt möte ${unique()}`, meetingDate: '2026-03-03' },
  })),
  'GET /api/forums/{forumId}/meeting-settings': byForum((forum) =>
    get(() => `/api/forums/${forumOf(forum)}/meeting-settings`),
  ),
  'PUT /api/forums/{forumId}/meeting-settings': byForum((forum) => () => ({
    method: 'PUT',
    url: `/api/forums/${forumOf(forum)}/meeting-settings`,
    payload: { diaryPrefix: forum, agendaTemplate: null },
  })),
  'GET /api/meetings/{meetingId}/mail': {
    'F, planned': get(() => `/api/meetings/${records.F.plannedId}/mail`),
    'F, published': get(() => `/api/meetings/${records.F.publishedId}/mail`),
    'G, published': get(() => `/api/meetings/${records.G.publishedId}/mail`),
  },
  'GET /api/meetings/{meetingId}': {
    'F, planned': get(() => `/api/meetings/${records.F.plannedId}`),
    'F, in justering': get(() => `/api/meetings/${records.F.reviewId}`),
    'F, published': get(() => `/api/meetings/${records.F.publishedId}`),
    'F, imported from old minutes': get(() => `/api/meetings/${records.F.importedId}`),
    'G, published': get(() => `/api/meetings/${records.G.publishedId}`),
  },
  'PATCH /api/meetings/{meetingId}': {
    ...planned((forum) => ({
      method: 'PATCH',
      url: `/api/meetings/${records[forum].plannedId}`,
      payload: { location: `Rum ${unique()}` },
    })),
    'F, planned; repE its secretary': async () => ({
      method: 'PATCH',
      url: `/api/meetings/${await meetingIn('F', 'planned', 'repE')}`,
      payload: { location: `Rum ${unique()}` },
    }),
  },
  ...Object.fromEntries(
    (
      [
        ['hold', 'planned', 'planned'],
        ['send-for-review', 'held', 'held'],
        ['publish', 'approved', 'justerad'],
        ['correct', 'approved', 'justerad'],
        ['approve', 'in_review', 'in justering'],
        ['invitations', 'planned', 'planned'],
        ['cancel', 'planned', 'planned'],
      ] as const
    ).map(([path, state, label]) => [
      `POST /api/meetings/{meetingId}/${path}`,
      {
        [`F, ${label}`]: async () => ({ method: 'POST', url: `/api/meetings/${await meetingIn('F', state)}/${path}` }),
        [`G, ${label}`]: async () => ({ method: 'POST', url: `/api/meetings/${await meetingIn('G', state)}/${path}` }),
        [`F, ${label}; repE its secretary`]: async () => ({
          method: 'POST',
          url: `/api/meetings/${await meetingIn('F', state, 'repE')}/${path}`,
        }),
      },
    ]),
  ),
  'POST /api/meetings/{meetingId}/withdraw': Object.fromEntries(
    (['F', 'G'] as const).map((forum) => [
      `${forum}, in justering`,
      async () => ({
        method: 'POST',
        url: `/api/meetings/${await meetingIn(forum, 'in_review')}/withdraw`,
        payload: { reason: 'Ett beslut saknas.' },
      }),
    ]),
  ),
  'POST /api/meetings/{meetingId}/comments': {
    'F, in justering': () => commentRequest('F'),
    'G, in justering': () => commentRequest('G'),
  },
  'PUT /api/meetings/{meetingId}/attendees': planned((forum) => ({
    method: 'PUT',
    url: `/api/meetings/${records[forum].plannedId}/attendees`,
    payload: {
      attendees: [{ organizationId: ctx.fixture.org[reportingOrg(forum)], name: 'Anna Andersson', status: 'present' }],
    },
  })),
  'POST /api/meetings/{meetingId}/items': planned((forum) => ({
    method: 'POST',
    url: `/api/meetings/${records[forum].plannedId}/items`,
    payload: { title: `Ny punkt ${unique()}` },
  })),
  'PUT /api/meetings/{meetingId}/item-order': planned(async (forum) => {
    const meeting = await asAdmin('GET', `/api/meetings/${records[forum].plannedId}`);
    return {
      method: 'PUT',
      url: `/api/meetings/${records[forum].plannedId}/item-order`,
      payload: { itemIds: meeting.items.map((i: Json) => i.id) },
    };
  }),
  'PATCH /api/agenda-items/{id}': planned(async (forum) => {
    const item = await plannedItem(forum);
    return {
      method: 'PATCH',
      url: `/api/agenda-items/${item.id}`,
      payload: {
        revision: item.revision,
        notes: forum === 'F' ? `HEMLIGT-ANTECKNING ${unique()}` : `anteckning ${unique()}`,
      },
    };
  }),
  'DELETE /api/agenda-items/{id}': planned(async (forum) => {
    const item = await addItem(records[forum].plannedId, `Att ta bort ${unique()}`);
    return { method: 'DELETE', url: `/api/agenda-items/${item.id}` };
  }),
  'POST /api/agenda-items/{id}/actions': planned(async (forum) => ({
    method: 'POST',
    url: `/api/agenda-items/${(await plannedItem(forum)).id}/actions`,
    payload: {
      ownerOrganizationId: ctx.fixture.org[reportingOrg(forum)],
      task: forum === 'F' ? 'HEMLIGT-UPPDRAG nytt' : 'nytt uppdrag',
    },
  })),
  'POST /api/meetings/{meetingId}/attachments': planned((forum) => ({
    method: 'POST',
    url: `/api/meetings/${records[forum].plannedId}/attachments`,
    multipart: {
      filename: 'underlag.pdf',
      data: pdf,
      fields: { title: forum === 'F' ? 'HEMLIGT-BILAGA ny' : 'ny bilaga' },
    },
  })),
  'GET /api/attachments/{id}': {
    'F, of the planned meeting': get(() => `/api/attachments/${records.F.plannedAttachmentId}`),
    'F, of the published meeting': get(() => `/api/attachments/${records.F.publishedAttachmentId}`),
    'G, of the published meeting': get(() => `/api/attachments/${records.G.publishedAttachmentId}`),
  },
  'GET /api/meetings/{meetingId}/versions/{version}': {
    'F, published': get(() => `/api/meetings/${records.F.publishedId}/versions/1`),
    'G, published': get(() => `/api/meetings/${records.G.publishedId}/versions/1`),
  },
  ...Object.fromEntries(
    ['minutes.docx', 'minutes.pdf', 'archive.pdf'].map((file) => [
      `GET /api/meetings/{meetingId}/versions/{version}/${file}`,
      {
        'F, published': get(() => `/api/meetings/${records.F.publishedId}/versions/1/${file}`),
        'G, published': get(() => `/api/meetings/${records.G.publishedId}/versions/1/${file}`),
      },
    ]),
  ),
  'DELETE /api/attachments/{id}': planned(async (forum) => {
    const id = await attach(records[forum].plannedId, `Att ta bort ${unique()}`);
    return { method: 'DELETE', url: `/api/attachments/${id}` };
  }),
  ...Object.fromEntries(
    ['minutes.docx', 'minutes.pdf', 'archive.pdf'].map((file) => [
      `GET /api/meetings/{meetingId}/${file}`,
      {
        'F, planned': get(() => `/api/meetings/${records.F.plannedId}/${file}`),
        'F, published': get(() => `/api/meetings/${records.F.publishedId}/${file}`),
        'G, published': get(() => `/api/meetings/${records.G.publishedId}/${file}`),
      },
    ]),
  ),
  'GET /api/decisions': { '—': get(() => '/api/decisions') },
  'GET /api/actions': { '—': get(() => '/api/actions') },
  'GET /api/actions/owners': { '—': get(() => '/api/actions/owners') },
  'GET /api/search': { '—': get(() => '/api/search?q=hemligt+OR+rapport+OR+beslut+OR+uppdrag&limit=50') },
  'GET /api/me/actions': { '—': get(() => '/api/me/actions') },
  'GET /api/me/meetings': { '—': get(() => '/api/me/meetings') },
  'GET /api/me/due': { '—': get(() => '/api/me/due') },
  'GET /api/events': { '—': () => ({ method: 'GET', url: '/api/events', isStream: true }) },
  'PATCH /api/actions/{id}': {
    'F, owned by B, published meeting': () => actionStatusRequest('F'),
    'G, owned by H, published meeting': () => actionStatusRequest('G'),
  },
  'POST /api/forums/{forumId}/minutes-imports/preview': byForum((forum) => () => ({
    method: 'POST',
    url: `/api/forums/${forumOf(forum)}/minutes-imports/preview`,
    multipart: { filename: 'anteckningar.txt', data: minutesFile() },
  })),
  'POST /api/forums/{forumId}/minutes-imports': byForum((forum) => () => ({
    method: 'POST',
    url: `/api/forums/${forumOf(forum)}/minutes-imports`,
    // Each call is a new file whose date may repeat one imported before; the matrix is about who may.
    multipart: { filename: 'anteckningar.txt', data: minutesFile(), fields: { allowSameDate: 'true' } },
  })),
};

function draft(forum: ForumKey, revision: number) {
  return {
    revision,
    currentSituation: forum === 'F' ? `HEMLIGT-RAPPORT utkast ${unique()}` : `utkast ${unique()}`,
    challenges: '',
    input: '',
    strainLevel: 'normal',
    values: [{ indicatorId: records[forum].indicatorId, value: 7 }],
  };
}

/** Rows aimed at each forum's planned meeting. */
function planned(build: (forum: ForumKey) => Request | Promise<Request>): Record<string, Builder> {
  return { 'F, planned': () => build('F'), 'G, planned': () => build('G') };
}

async function summaryRequest(forum: ForumKey): Promise<Request> {
  const round = await asAdmin('GET', `/api/rounds/${records[forum].roundId}`);
  return {
    method: 'PUT',
    url: `/api/rounds/${records[forum].roundId}/summary`,
    payload: {
      summary: forum === 'F' ? `HEMLIGT-SUMMERING ${unique()}` : `summering ${unique()}`,
      expectedUpdatedAt: round.summaryUpdatedAt,
    },
  };
}

function commentRequest(forum: ForumKey): Request {
  return {
    method: 'POST',
    url: `/api/meetings/${records[forum].reviewId}/comments`,
    payload: { agendaItemId: null, text: forum === 'F' ? 'HEMLIGT-JUSTERING till' : 'kommentar' },
  };
}

function actionStatusRequest(forum: ForumKey): Request {
  return {
    method: 'PATCH',
    url: `/api/actions/${records[forum].publishedActionId}`,
    payload: { status: 'in_progress', comment: `Pågår ${unique()}` },
  };
}

// ---------------------------------------------------------------------------------------------------
// Running the cells

/** Every cell of every sheet, one per line. */
async function spreadsheetText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  return cells.join('\n');
}

async function bodyText(response: { body: string; rawPayload: Buffer; headers: Record<string, unknown> }) {
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('spreadsheetml')) return spreadsheetText(response.rawPayload);
  if (type.includes('pdf') || type.includes('officedocument')) return extractText(response.rawPayload);
  return response.body;
}

/** What each caller must never receive: the reader and G's coordinator nothing unpublished of F, repE no justering comment. */
const forbiddenText: Partial<Record<Caller, RegExp>> = { reader: SECRET, coordG: SECRET, repE: JUSTERING };

async function runCell(row: Row, caller: Caller): Promise<string | null> {
  const request = await requests[row.route]![row.target]!(caller);
  const response = await send(request, caller);
  const got = outcomeOf(response.statusCode);
  const want = row.outcomes[caller];
  if (got !== want) {
    const detail = got.startsWith('other') ? ` ${response.body.slice(0, 200)}` : '';
    return `expected ${want}, got ${response.statusCode}${detail}`;
  }
  const pattern = forbiddenText[caller];
  if (got !== 'ok' || !pattern) return null;
  const leaked = [...new Set((await bodyText(response)).match(pattern) ?? [])];
  return leaked.length ? `receives unpublished text: ${leaked.join(', ')}` : null;
}

const rows = parseTable();
const openApiRoutes: string[] = [];

beforeAll(async () => {
  pdf = await buildPdf('Bilaga\nUnderlag till mötet');
  await seedForum('F');
  await seedForum('G');
  const document = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as Json;
  for (const [path, operations] of Object.entries(document.paths as Json))
    for (const method of Object.keys(operations)) openApiRoutes.push(`${method.toUpperCase()} ${path}`);
}, 120_000);

const surprises: string[] = [];
afterAll(() => {
  if (surprises.length) console.error(`Permission matrix, cells that differ:\n${surprises.join('\n')}`);
});

describe('the permission matrix', () => {
  it('has rows for exactly the routes of the OpenAPI document, and a request for every row', () => {
    expect(openApiRoutes.length).toBeGreaterThan(60);
    const tableRoutes = Object.keys(expected);
    expect(
      openApiRoutes.filter((route) => !tableRoutes.includes(route)),
      'routes without rows',
    ).toEqual([]);
    expect(
      tableRoutes.filter((route) => !openApiRoutes.includes(route)),
      'rows for routes that are gone',
    ).toEqual([]);
    const rowKeys = rows.map((r) => `${r.route} | ${r.target}`).sort();
    const builderKeys = Object.entries(requests)
      .flatMap(([route, targets]) => Object.keys(targets).map((target) => `${route} | ${target}`))
      .sort();
    expect(builderKeys).toEqual(rowKeys);
  });

  it('lists only cells of the table as known defects', () => {
    const cells = new Set(rows.flatMap((row) => callers.map((caller) => cellId(row.route, row.target, caller))));
    expect(knownDefects.filter((cell) => !cells.has(cell))).toEqual([]);
  });

  it('sees the marked text where it may be, in JSON, DOCX and PDF alike', async () => {
    const seen = async (caller: Caller, url: string) => {
      const response = await send({ method: 'GET', url }, caller);
      expect(response.statusCode, url).toBe(200);
      return [...new Set((await bodyText(response)).match(SECRET))].sort();
    };
    const planned = `/api/meetings/${records.F.plannedId}`;
    expect(await seen('coord', planned)).toEqual(
      expect.arrayContaining(['HEMLIGT-ANTECKNING', 'HEMLIGT-BESLUT', 'HEMLIGT-BILAGA', 'HEMLIGT-UPPDRAG']),
    );
    expect(await seen('coord', `${planned}/minutes.docx`)).toContain('HEMLIGT-BESLUT');
    expect(await seen('coord', `${planned}/minutes.pdf`)).toContain('HEMLIGT-BESLUT');
    expect(await seen('coord', `/api/meetings/${records.F.publishedId}`)).toContain('HEMLIGT-JUSTERING');
    expect(await seen('rep', `/api/rounds/${records.F.roundId}/overview`)).toEqual(
      expect.arrayContaining(['HEMLIGT-RAPPORT', 'HEMLIGT-SUMMERING']),
    );
    // A narrow table column breaks a long word across lines: "HEMLIGT-RAPP" / "ORT".
    expect(await seen('rep', `/api/rounds/${records.F.roundId}/overview.pdf`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^HEMLIGT-RAPP/), 'HEMLIGT-SUMMERING']),
    );
  });

  describe.each(Object.keys(expected))('%s', (route) => {
    it('answers each caller as the table says', async () => {
      const failures: string[] = [];
      const fixedDefects: string[] = [];
      for (const row of rows.filter((r) => r.route === route)) {
        for (const caller of callers) {
          const id = cellId(row.route, row.target, caller);
          const problem = await runCell(row, caller);
          if (problem && !knownDefects.includes(id)) failures.push(`${id}: ${problem}`);
          if (problem) surprises.push(`${id}: ${problem}`);
          if (!problem && knownDefects.includes(id))
            fixedDefects.push(`${id}: passes now; remove it from knownDefects`);
        }
      }
      expect([...failures, ...fixedDefects]).toEqual([]);
    });
  });
});

// Last, when every route above has written to it: the log reads as words, whatever wrote it.
describe('the audit log the matrix leaves behind', () => {
  it('names every action, entity, field and value in words, with no ids and no raw JSON', async () => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    const problems: string[] = [];
    const actions = new Set<string>();
    for (let offset = 0; ; offset += 200) {
      const page = (await send({ method: 'GET', url: `/api/audit?limit=200&offset=${offset}` }, 'admin')).json() as {
        items: {
          action: string;
          actionLabel: string;
          entityType: string;
          entityTypeLabel: string;
          entityName: string;
          forumName: string | null;
          changes: { field: string; label: string; before: string | null; after: string | null }[];
        }[];
        total: number;
      };
      for (const entry of page.items) {
        actions.add(entry.action);
        const where = `${entry.action} ${entry.entityType}`;
        if (entry.actionLabel === entry.action) problems.push(`${where}: action not in words`);
        if (entry.entityTypeLabel === entry.entityType) problems.push(`${where}: entity type not in words`);
        for (const text of [entry.entityName, entry.forumName ?? ''])
          if (uuid.test(text)) problems.push(`${where}: an id as a name: ${text}`);
        for (const change of entry.changes) {
          if (change.label === change.field) problems.push(`${where}: field ${change.field} has no label`);
          for (const value of [change.before, change.after]) {
            if (value && uuid.test(value)) problems.push(`${where}: ${change.field} shows an id: ${value}`);
            if (value && /^[[{]/.test(value)) problems.push(`${where}: ${change.field} shows JSON: ${value}`);
          }
        }
      }
      if (offset + 200 >= page.total) break;
    }
    expect(actions.size).toBeGreaterThan(20);
    expect([...new Set(problems)]).toEqual([]);
  });
});
