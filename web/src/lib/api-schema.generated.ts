// Generated from the OpenAPI document by `npm run generate:api` (src/openapi.ts). Do not edit.
export interface paths {
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the uppdrag board across meetings, filterable by forum, organisation, status and overdue */
        get: {
            parameters: {
                query?: {
                    forumId?: string;
                    limit?: number;
                    offset?: number;
                    organizationId?: string;
                    overdue?: string;
                    q?: string;
                    /** @description Only the uppdrag of this round's forum: a lägesrapport asks without waiting for the round */
                    roundId?: string;
                    status?: components["schemas"]["ActionStatusInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an uppdrag, or set its status with a comment (at a meeting, in a lägesrapport, or directly) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/actions/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations owning an uppdrag the user sees: the board's organisation filter */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionOwnerOrganization"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an agenda item (before the meeting is held) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Write an item's notes and decisions (409 if someone else saved since your revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgendaItemUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agenda-items/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an uppdrag: owner organisation and person, task, due date or "till nästa möte" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API token, newest first, with its forums, expiry and last use (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token for an organisation or integration, scoped to forums (administrators). The token is in this answer only. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiTokenCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedApiToken"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API token: from now on every request with it gets 401 (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a bilaga */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a bilaga before the minutes are sent for justering */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the audit log (administrators): who changed what, when, before and after */
        get: {
            parameters: {
                query?: {
                    action?: components["schemas"]["AuditActionInput"];
                    actorUserId?: string;
                    entityId?: string;
                    entityType?: components["schemas"]["AuditEntityTypeInput"];
                    /** @description From this date (inclusive), YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Search in actor and entity names */
                    q?: string;
                    /** @description To this date (inclusive), YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (administrators), in words in the language of the request; semicolon-separated, UTF-8 with BOM */
        get: {
            parameters: {
                query?: {
                    action?: components["schemas"]["AuditActionInput"];
                    actorUserId?: string;
                    entityId?: string;
                    entityType?: components["schemas"]["AuditEntityTypeInput"];
                    /** @description From this date (inclusive), YYYY-MM-DD */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Search in actor and entity names */
                    q?: string;
                    /** @description To this date (inclusive), YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session, and tells where the provider's session ends when it came from one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LogoutResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user with their forum roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the user's language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LocaleBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider sends the browser back; opens a session for the matching user */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the page the user was going to, or to the sign-in page with ?fel=reason */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in through the identity provider: redirects the browser to the provider's login page */
        get: {
            parameters: {
                query?: {
                    /** @description A path of this app to return to after signing in, e.g. /forum/… */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the provider's login page, or to the sign-in page when it is unreachable */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one may sign in here: password, an identity provider, or both */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInOptions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How users sign in: password sign-in, the identity provider, new users (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInSettings"];
                    };
                };
            };
        };
        /** Change how users sign in (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInSettingsUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignInSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision register: every decision, searchable, with forum, meeting, item, date and Dnr */
        get: {
            parameters: {
                query?: {
                    forumId?: string;
                    /** @description YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    /** @description YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live changes (server-sent events) to what the user may read, so open pages update without a reload
         * @description A text/event-stream of the changes the signed-in user may read, from the moment it opens:
         *     `event: change` with a LiveChange as JSON (ids and kind only; fetch the record through the API), and
         *     `event: resync` when changes may have been missed (refetch everything). A comment line every 25 s keeps
         *     it open. It closes when the session ends. At most 10 streams per user (429 beyond).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forums the user takes part in (administrators: all) */
        get: {
            parameters: {
                query?: {
                    includeInactive?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Forum"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a forum (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Forum"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting discipline in long format: per round and organisation expected, reported and on time, with the rates per organisation, per round and for the forum */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportingExport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/reporting.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** As CSV for Excel with Swedish settings (semicolons, decimal comma, UTF-8 with BOM, formulas defused): Reporting discipline in long format: per round and organisation expected, reported and on time, with the rates per organisation, per round and for the forum */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/reporting.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** As an Excel workbook with number and date cells: Reporting discipline in long format: per round and organisation expected, reported and on time, with the rates per organisation, per round and for the forum */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's indicator values in long format: one row per round, organisation and indicator filed, from the rounds the caller may read */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueExport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/values.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** As CSV for Excel with Swedish settings (semicolons, decimal comma, UTF-8 with BOM, formulas defused): The forum's indicator values in long format: one row per round, organisation and indicator filed, from the rounds the caller may read */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/exports/values.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** As an Excel workbook with number and date cells: The forum's indicator values in long format: one row per round, organisation and indicator filed, from the rounds the caller may read */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    lang?: components["schemas"]["LocaleInput"];
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's indicators (figures every round asks for) */
        get: {
            parameters: {
                query?: {
                    includeInactive?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"][];
                    };
                };
            };
        };
        put?: never;
        /** Define an indicator (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndicatorCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/meeting-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's Dnr series and agenda template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSettings"];
                    };
                };
            };
        };
        /** Set the Dnr series prefix and the agenda template (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingSettingsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's meetings, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** Plan a meeting (coordinators): agenda from the forum template, invitations from its members */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/minutes-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save old minutes as a meeting ("importerat"): multipart "file" plus optional "minutes" = the corrected preview as JSON. The same file twice creates nothing. A date the forum already has a meeting on gives 409 minutes.date_taken unless "allowSameDate" = "true" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MinutesImportResult"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MinutesImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/minutes-imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload old minutes (text, a web page, DOC, DOCX, ODT or PDF; multipart field "file") and see what was understood; nothing is saved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MinutesImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/reminder-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When organisations that have not reported are reminded, before and after the deadline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundReminderSettings"];
                    };
                };
            };
        };
        /** Set the automatic reminders of the forum’s rounds (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundReminderSettingsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundReminderSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting discipline over rounds: status and strain per organisation and round, reporting and on-time rates counted against the membership of each round */
        get: {
            parameters: {
                query?: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumReporting"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/round-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recurring schedule that opens rounds by itself */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundSchedule"] | null;
                    };
                };
            };
        };
        /** Set the weekly schedule (e.g. Tuesdays, deadline 12:00) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundScheduleInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundSchedule"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's rounds (avstämningar), newest first */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"][];
                    };
                };
            };
        };
        put?: never;
        /** Open a round for a period with a deadline (Europe/Stockholm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{forumId}/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator over rounds: per organisation, per kind of organisation and for the forum (sum or median), gaps as null */
        get: {
            parameters: {
                query: {
                    /** @description Rounds whose period starts on or after this day */
                    from?: string;
                    indicatorId: string;
                    /** @description Rounds whose period starts on or before this day */
                    to?: string;
                };
                header?: never;
                path: {
                    forumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorTrend"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One forum with members and coordinators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Forum"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a forum: description, members in order, coordinators; deactivate (administrators) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Forum"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check for load balancers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate an indicator (filed values stay as filed) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndicatorUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open uppdrag of the user or their organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start page in one request: reports due, minutes to justera, uppdrag due or overdue, and for coordinators the rounds with missing reports and the next meetings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyDue"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mail-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of mail the signed-in user receives */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailPreferences"];
                    };
                };
            };
        };
        /** Turn kinds of mail on or off for the signed-in user (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MailPreferencesUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailPreferences"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the start page: minutes to justera, minutes in progress and the next meetings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyMeetings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open rounds where the user's organisation reports, with its status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyReporting"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with agenda, attendance, notes, decisions, uppdrag, follow-ups and the lägesbild */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the meeting: time, place, Dnr, chair, secretary, adjusters, round */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meetings/{meetingId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Justera: an adjuster approves the minutes; when all have, they are locked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/archive.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archive PDF: the minutes followed by every bilaga; PDF/A-2b only when every bilaga is PDF/A or not a PDF (header samverkan-pdfa: PDF/A-2b or none): the current justerad version, or the draft before justering */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a bilaga (multipart/form-data: file, title, agendaItemId); numbered across the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Attendance: invited, present, absent or substitute, per person */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttendanceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned meeting (coordinators); invitees get a calendar cancellation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An adjuster's comment on an item during justering */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MinutesCommentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a correction of justerade minutes as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the meeting as held: the agenda is fixed, minutes continue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the kallelse with agenda and calendar invitation to everyone invited, or send it again as an update after a change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/item-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder the agenda */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgendaOrderInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an agenda item (before the meeting is held) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgendaItemCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail sent about the meeting (kallelse, justering, publication, uppdrag) and how each fared */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMail"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as DOCX: the current justerad version, or the draft before justering */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as PDF (PDF/A-2b, tagged): the current justerad version, or the draft before justering */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish justerade minutes to members and readers (they are mailed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/send-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the minutes for justering (the adjusters are mailed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A justerad version as it was frozen: the snapshot every document of that version is printed from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MinutesVersionDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/versions/{version}/archive.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archive PDF: the minutes followed by every bilaga; PDF/A-2b only when every bilaga is PDF/A or not a PDF (header samverkan-pdfa: PDF/A-2b or none): a justerad version, printed from its frozen snapshot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/versions/{version}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as DOCX: a justerad version, printed from its frozen snapshot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/versions/{version}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as PDF (PDF/A-2b, tagged): a justerad version, printed from its frozen snapshot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{meetingId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull the minutes back from justering with a reason: editable again, approvals reset (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MinutesWithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (every signed-in user) */
        get: {
            parameters: {
                query?: {
                    /** @description Include deactivated organisations */
                    includeInactive?: string;
                    kind?: components["schemas"]["OrganizationKindInput"];
                    /** @description Search in the name */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"][];
                    };
                };
            };
        };
        put?: never;
        /** Add an organisation (administrators and coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, deactivate or reactivate an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing mail (administrators): what was sent, is waiting, failed with the server’s answer, or was held */
        get: {
            parameters: {
                query?: {
                    forumId?: string;
                    kind?: components["schemas"]["MailKindInput"];
                    limit?: number;
                    offset?: number;
                    /** @description Search in recipient and subject */
                    q?: string;
                    status?: components["schemas"]["MailStatusInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue held or failed messages again (administrators, audited): for mail held before a mail server was set, or refused by it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutboxResendInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxResendResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, close, reopen or publish a round */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/rounds/{roundId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lägesbild: who reported, who is late or missing, the Verksamhet/Nuläge/Utmaning/Medskick table, strain levels and indicator totals against the previous round */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/overview.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lägesbild as a PDF on A4 (tagged PDF/A-2): reporting status, strain, texts, indicators and summering */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail about this round (opened, reminders, closed) and how each fared (coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxEntry"][];
                    };
                };
            };
        };
        put?: never;
        /** Remind the reporters of organisations that have not reported (queued in the outbox) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reports/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's report in a round: the working copy, its versions and the indicators it reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organizationId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
            };
        };
        /** Save the draft (autosave). 409 with who and when if someone else saved since your revision */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organizationId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reports/{organizationId}/copy-previous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Inget nytt": start the draft from the previous round's report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organizationId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportCopyPreviousInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reports/{organizationId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two submitted versions */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    organizationId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportDiff"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reports/{organizationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (or amend) the report: a new version, kept for ever; late after the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organizationId: string;
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportSubmitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the round's summering (409 if someone else changed it meanwhile) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SummaryUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search with Swedish stemming over reports, summeringar, agenda items, decisions, uppdrag and imported minutes; only what the caller may read, ranked by relevance, then date */
        get: {
            parameters: {
                query: {
                    /** @description Only this forum */
                    forumId?: string;
                    /** @description On or after this day (the round’s first day, or the meeting day) */
                    from?: string;
                    kind?: components["schemas"]["SearchKindInput"];
                    limit?: number;
                    offset?: number;
                    /** @description Only records of this organisation: its reports and the uppdrag it owns */
                    organizationId?: string;
                    /** @description Words to find, with Swedish stemming ("smittspårning" finds "smittspårningen"). "Quoted words" find a phrase, OR either word, -word excludes it */
                    q: string;
                    /** @description On or before this day */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (administrators: all; coordinators: their forums) */
        get: {
            parameters: {
                query?: {
                    forumId?: string;
                    includeInactive?: string;
                    organizationId?: string;
                    /** @description Search in name and e-mail */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"][];
                    };
                };
            };
        };
        put?: never;
        /** Add a user with their forum roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user, their roles or password; deactivate or reactivate */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Action: {
            agendaItemId: string | null;
            dueDate: string | null;
            /** @description "till nästa möte" */
            dueNextMeeting: boolean;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            /** @description Open past its due date, or "till nästa möte" and the forum has held a later meeting */
            isOverdue: boolean;
            lastUpdate: {
                at: string;
                byName: string | null;
                comment: string;
                /** @enum {string} */
                source: "meeting" | "report" | "direct";
                status: components["schemas"]["ActionStatus"];
            } | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            ownerName: string;
            ownerOrganizationId: string | null;
            ownerOrganizationName: string | null;
            ownerUserId: string | null;
            permissions: components["schemas"]["ActionPermissions"];
            status: components["schemas"]["ActionStatus"];
            statusComment: string;
            task: string;
            updatedAt: string;
        };
        ActionCreate: {
            dueDate?: string | null;
            /** @default false */
            dueNextMeeting: boolean;
            /** @description Defaults to the user or organisation name */
            ownerName?: string | null;
            ownerOrganizationId?: string | null;
            ownerUserId?: string | null;
            task: string;
        };
        ActionCreateInput: {
            dueDate?: string | null;
            /** @default false */
            dueNextMeeting?: boolean;
            /** @description Defaults to the user or organisation name */
            ownerName?: string | null;
            ownerOrganizationId?: string | null;
            ownerUserId?: string | null;
            task: string;
        };
        ActionInput: {
            agendaItemId: string | null;
            dueDate: string | null;
            /** @description "till nästa möte" */
            dueNextMeeting: boolean;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            /** @description Open past its due date, or "till nästa möte" and the forum has held a later meeting */
            isOverdue: boolean;
            lastUpdate: {
                at: string;
                byName: string | null;
                comment: string;
                /** @enum {string} */
                source: "meeting" | "report" | "direct";
                status: components["schemas"]["ActionStatusInput"];
            } | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            ownerName: string;
            ownerOrganizationId: string | null;
            ownerOrganizationName: string | null;
            ownerUserId: string | null;
            permissions: components["schemas"]["ActionPermissionsInput"];
            status: components["schemas"]["ActionStatusInput"];
            statusComment: string;
            task: string;
            updatedAt: string;
        };
        ActionOwnerOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ActionOwnerOrganizationInput: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ActionPage: {
            items: components["schemas"]["Action"][];
            /** @description Uppdrag matching the filters across all pages */
            total: number;
        };
        ActionPageInput: {
            items: components["schemas"]["ActionInput"][];
            /** @description Uppdrag matching the filters across all pages */
            total: number;
        };
        ActionPermissions: {
            /** @description Change the task, owner and due date */
            canEdit: boolean;
            /** @description Set the status with a comment */
            canUpdateStatus: boolean;
        };
        ActionPermissionsInput: {
            /** @description Change the task, owner and due date */
            canEdit: boolean;
            /** @description Set the status with a comment */
            canUpdateStatus: boolean;
        };
        /**
         * @description öppen / pågår / klar / struken
         * @enum {string}
         */
        ActionStatus: "open" | "in_progress" | "done" | "cancelled";
        /**
         * @description öppen / pågår / klar / struken
         * @enum {string}
         */
        ActionStatusInput: "open" | "in_progress" | "done" | "cancelled";
        ActionUpdate: {
            comment?: string;
            dueDate?: string | null;
            dueNextMeeting?: boolean;
            /**
             * Format: uuid
             * @description Set when the status is followed up at a meeting
             */
            meetingId?: string;
            ownerName?: string;
            ownerOrganizationId?: string | null;
            ownerUserId?: string | null;
            /**
             * Format: uuid
             * @description Set when the owner updates the status in a lägesrapport
             */
            roundId?: string;
            status?: components["schemas"]["ActionStatus"];
            task?: string;
        };
        ActionUpdateInput: {
            comment?: string;
            dueDate?: string | null;
            dueNextMeeting?: boolean;
            /**
             * Format: uuid
             * @description Set when the status is followed up at a meeting
             */
            meetingId?: string;
            ownerName?: string;
            ownerOrganizationId?: string | null;
            ownerUserId?: string | null;
            /**
             * Format: uuid
             * @description Set when the owner updates the status in a lägesrapport
             */
            roundId?: string;
            status?: components["schemas"]["ActionStatusInput"];
            task?: string;
        };
        AgendaItem: {
            actions: components["schemas"]["Action"][];
            attachments: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
            }[];
            decisions: {
                /** Format: uuid */
                id: string;
                text: string;
            }[];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ItemKind"] | null;
            notes: string;
            /** @description As printed: "§ 1", "§ 2" … in a protokoll (continuing over the year if the forum says so), "1", "2" … in minnesanteckningar, or as in imported minutes ("§ 44" → "44") */
            number: string;
            permissions: components["schemas"]["AgendaItemPermissions"];
            position: number;
            presenters: string[];
            revision: number;
            /** @description Standard item from the template: opening, agenda, adjusters, previous_minutes, action_follow_up, situation, other_questions, closing */
            role: string | null;
            title: string;
            updatedAt: string;
            updatedByName: string | null;
        };
        AgendaItemCreate: {
            kind?: components["schemas"]["ItemKind"] | null;
            /** @description Where to insert; default last before "Övriga frågor"/"Mötets avslutande" */
            position?: number;
            /** @default [] */
            presenters: string[];
            title: string;
        };
        AgendaItemCreateInput: {
            kind?: components["schemas"]["ItemKindInput"] | null;
            /** @description Where to insert; default last before "Övriga frågor"/"Mötets avslutande" */
            position?: number;
            /** @default [] */
            presenters?: string[];
            title: string;
        };
        AgendaItemInput: {
            actions: components["schemas"]["ActionInput"][];
            attachments: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
            }[];
            decisions: {
                /** Format: uuid */
                id: string;
                text: string;
            }[];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ItemKindInput"] | null;
            notes: string;
            /** @description As printed: "§ 1", "§ 2" … in a protokoll (continuing over the year if the forum says so), "1", "2" … in minnesanteckningar, or as in imported minutes ("§ 44" → "44") */
            number: string;
            permissions: components["schemas"]["AgendaItemPermissionsInput"];
            position: number;
            presenters: string[];
            revision: number;
            /** @description Standard item from the template: opening, agenda, adjusters, previous_minutes, action_follow_up, situation, other_questions, closing */
            role: string | null;
            title: string;
            updatedAt: string;
            updatedByName: string | null;
        };
        AgendaItemPermissions: {
            /** @description Remove the item from the agenda */
            canDelete: boolean;
            /** @description Write the item's notes, decisions, uppdrag and bilagor */
            canEdit: boolean;
        };
        AgendaItemPermissionsInput: {
            /** @description Remove the item from the agenda */
            canDelete: boolean;
            /** @description Write the item's notes, decisions, uppdrag and bilagor */
            canEdit: boolean;
        };
        AgendaItemUpdate: {
            /** @description The "att …" clauses, replacing the item's decisions */
            decisions?: string[];
            kind?: components["schemas"]["ItemKind"] | null;
            notes?: string;
            presenters?: string[];
            /** @description The revision you edited; a mismatch answers 409 */
            revision: number;
            title?: string;
        };
        AgendaItemUpdateInput: {
            /** @description The "att …" clauses, replacing the item's decisions */
            decisions?: string[];
            kind?: components["schemas"]["ItemKindInput"] | null;
            notes?: string;
            presenters?: string[];
            /** @description The revision you edited; a mismatch answers 409 */
            revision: number;
            title?: string;
        };
        AgendaOrder: {
            itemIds: string[];
        };
        AgendaOrderInput: {
            itemIds: string[];
        };
        ApiToken: {
            createdAt: string;
            createdByName: string;
            /** @description When it stops working; null = until revoked */
            expiresAt: string | null;
            /** @description The forums whose exports it may read */
            forums: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** Format: uuid */
            id: string;
            /** @description The latest request made with it (to the minute) */
            lastUsedAt: string | null;
            /** @description What the token is for, e.g. "Länsstyrelsens lägesbild" */
            name: string;
            /** @description The organisation it was issued to; null for an integration */
            organizationId: string | null;
            organizationName: string | null;
            permissions: {
                canRevoke: boolean;
            };
            revokedAt: string | null;
            revokedByName: string | null;
            status: components["schemas"]["ApiTokenStatus"];
        };
        ApiTokenCreate: {
            /** @description The last day it works (Swedish time, YYYY-MM-DD); leave out for a token that works until revoked */
            expiresOn?: string | null;
            /** @description The forums whose exports it may read (at least one) */
            forumIds: string[];
            /** @description What the token is for, so it can be recognised in the list */
            name: string;
            /** @description The organisation it is issued to; leave out for an integration */
            organizationId?: string | null;
        };
        ApiTokenCreateInput: {
            /** @description The last day it works (Swedish time, YYYY-MM-DD); leave out for a token that works until revoked */
            expiresOn?: string | null;
            /** @description The forums whose exports it may read (at least one) */
            forumIds: string[];
            /** @description What the token is for, so it can be recognised in the list */
            name: string;
            /** @description The organisation it is issued to; leave out for an integration */
            organizationId?: string | null;
        };
        ApiTokenInput: {
            createdAt: string;
            createdByName: string;
            /** @description When it stops working; null = until revoked */
            expiresAt: string | null;
            /** @description The forums whose exports it may read */
            forums: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** Format: uuid */
            id: string;
            /** @description The latest request made with it (to the minute) */
            lastUsedAt: string | null;
            /** @description What the token is for, e.g. "Länsstyrelsens lägesbild" */
            name: string;
            /** @description The organisation it was issued to; null for an integration */
            organizationId: string | null;
            organizationName: string | null;
            permissions: {
                canRevoke: boolean;
            };
            revokedAt: string | null;
            revokedByName: string | null;
            status: components["schemas"]["ApiTokenStatusInput"];
        };
        ApiTokenList: components["schemas"]["ApiToken"][];
        ApiTokenListInput: components["schemas"]["ApiTokenInput"][];
        /**
         * @description active: it answers; expired or revoked: every request with it gets 401
         * @enum {string}
         */
        ApiTokenStatus: "active" | "expired" | "revoked";
        /**
         * @description active: it answers; expired or revoked: every request with it gets 401
         * @enum {string}
         */
        ApiTokenStatusInput: "active" | "expired" | "revoked";
        Attendance: {
            attendees: {
                category?: components["schemas"]["ParticipantCategory"] | null;
                name: string;
                organizationId?: string | null;
                /**
                 * @description substitute: either this person is a substitute (substituteFor names whom they replace), or this invited person was replaced by a substitute (substituteName names who sat in)
                 * @enum {string}
                 */
                status: "invited" | "present" | "absent" | "substitute";
                /** @description Whom this person, a substitute, replaces */
                substituteFor?: string | null;
                /** @description The substitute who sat in for this invited person (status substitute) */
                substituteName?: string | null;
                title?: string | null;
                userId?: string | null;
            }[];
        };
        AttendanceInput: {
            attendees: {
                category?: components["schemas"]["ParticipantCategoryInput"] | null;
                name: string;
                organizationId?: string | null;
                /**
                 * @description substitute: either this person is a substitute (substituteFor names whom they replace), or this invited person was replaced by a substitute (substituteName names who sat in)
                 * @enum {string}
                 */
                status: "invited" | "present" | "absent" | "substitute";
                /** @description Whom this person, a substitute, replaces */
                substituteFor?: string | null;
                /** @description The substitute who sat in for this invited person (status substitute) */
                substituteName?: string | null;
                title?: string | null;
                userId?: string | null;
            }[];
        };
        /**
         * @description What was done; actionLabel says it in words
         * @enum {string}
         */
        AuditAction: "create" | "update" | "deactivate" | "reactivate" | "save_draft" | "submit" | "amend" | "close" | "reopen" | "publish" | "unpublish" | "update_summary" | "send_reminders" | "send_invitations" | "cancel" | "change_status" | "update_meeting_settings" | "update_mail_preferences" | "resend_mail" | "hold" | "send_for_review" | "withdraw" | "approve" | "correct" | "comment" | "add_item" | "update_item" | "remove_item" | "reorder_items" | "update_attendance" | "add_attachment" | "remove_attachment" | "import" | "sign_in" | "sign_in_refused" | "issue" | "revoke";
        /**
         * @description What was done; actionLabel says it in words
         * @enum {string}
         */
        AuditActionInput: "create" | "update" | "deactivate" | "reactivate" | "save_draft" | "submit" | "amend" | "close" | "reopen" | "publish" | "unpublish" | "update_summary" | "send_reminders" | "send_invitations" | "cancel" | "change_status" | "update_meeting_settings" | "update_mail_preferences" | "resend_mail" | "hold" | "send_for_review" | "withdraw" | "approve" | "correct" | "comment" | "add_item" | "update_item" | "remove_item" | "reorder_items" | "update_attendance" | "add_attachment" | "remove_attachment" | "import" | "sign_in" | "sign_in_refused" | "issue" | "revoke";
        /**
         * @description What kind of thing it was done to; entityTypeLabel says it in words
         * @enum {string}
         */
        AuditEntityType: "organization" | "user" | "forum" | "indicator" | "round" | "round_schedule" | "round_reminder_settings" | "report" | "meeting" | "agenda_item" | "action" | "sign_in_settings" | "api_token" | "mail";
        /**
         * @description What kind of thing it was done to; entityTypeLabel says it in words
         * @enum {string}
         */
        AuditEntityTypeInput: "organization" | "user" | "forum" | "indicator" | "round" | "round_schedule" | "round_reminder_settings" | "report" | "meeting" | "agenda_item" | "action" | "sign_in_settings" | "api_token" | "mail";
        AuditEntry: {
            /** @description The action code as logged (see AuditAction) */
            action: string;
            /** @description The action in words, in the language of the response */
            actionLabel: string;
            /** @description Who, as named at the time */
            actorName: string;
            actorUserId: string | null;
            /** @description The entity after the change, as logged */
            after: unknown | null;
            /** @description When, ISO 8601 */
            at: string;
            /** @description The entity before the change, as logged */
            before: unknown | null;
            /** @description What changed, field by field, as a person reads it */
            changes: {
                /** @description The value after, in words */
                after: string | null;
                /** @description The value before, in words, with names instead of ids */
                before: string | null;
                field: string;
                /** @description The field in words, e.g. "Läge" */
                label: string;
            }[];
            entityId: string;
            /** @description The name logged at the time, if any */
            entityLabel: string | null;
            /** @description Its name: as logged at the time, else as it is now */
            entityName: string;
            /** @description The kind of entity as logged (see AuditEntityType) */
            entityType: string;
            /** @description The kind of entity in words */
            entityTypeLabel: string;
            forumId: string | null;
            forumName: string | null;
            /** Format: uuid */
            id: string;
            /** @description A correction: an amended report or a new version of approved minutes */
            isCorrection: boolean;
            /** @description The organisation a coordinator filed this report for, when filed on its behalf */
            onBehalfOf: string | null;
        };
        AuditEntryInput: {
            /** @description The action code as logged (see AuditAction) */
            action: string;
            /** @description The action in words, in the language of the response */
            actionLabel: string;
            /** @description Who, as named at the time */
            actorName: string;
            actorUserId: string | null;
            /** @description The entity after the change, as logged */
            after: unknown | null;
            /** @description When, ISO 8601 */
            at: string;
            /** @description The entity before the change, as logged */
            before: unknown | null;
            /** @description What changed, field by field, as a person reads it */
            changes: {
                /** @description The value after, in words */
                after: string | null;
                /** @description The value before, in words, with names instead of ids */
                before: string | null;
                field: string;
                /** @description The field in words, e.g. "Läge" */
                label: string;
            }[];
            entityId: string;
            /** @description The name logged at the time, if any */
            entityLabel: string | null;
            /** @description Its name: as logged at the time, else as it is now */
            entityName: string;
            /** @description The kind of entity as logged (see AuditEntityType) */
            entityType: string;
            /** @description The kind of entity in words */
            entityTypeLabel: string;
            forumId: string | null;
            forumName: string | null;
            /** Format: uuid */
            id: string;
            /** @description A correction: an amended report or a new version of approved minutes */
            isCorrection: boolean;
            /** @description The organisation a coordinator filed this report for, when filed on its behalf */
            onBehalfOf: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            total: number;
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEntryInput"][];
            total: number;
        };
        DecisionEntry: {
            diaryNumber: string | null;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            itemNumber: string;
            itemTitle: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            status: components["schemas"]["MeetingStatus"];
            text: string;
        };
        DecisionEntryInput: {
            diaryNumber: string | null;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            itemNumber: string;
            itemTitle: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            status: components["schemas"]["MeetingStatusInput"];
            text: string;
        };
        DecisionPage: {
            items: components["schemas"]["DecisionEntry"][];
            /** @description Matches across all pages */
            total: number;
        };
        DecisionPageInput: {
            items: components["schemas"]["DecisionEntryInput"][];
            /** @description Matches across all pages */
            total: number;
        };
        ExportReportingRow: {
            /** @description 1 when the organisation was a member when the round closed for reports */
            expected: number;
            /** @description Kommunkod (four digits) for a kommun; null otherwise */
            municipalityCode: string | null;
            /** @description 1 when it reported by the deadline while expected; sums over rows give the rates */
            onTime: number;
            organization: string;
            /** Format: uuid */
            organizationId: string;
            /** @description The reporting period: the ISO week ("v. 49 2026") or the dates it spans */
            period: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @description 1 when it reported while expected */
            reported: number;
            /** @description The round's title, e.g. "v. 49 2026" */
            round: string;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["ReportingCellStatus"];
            /** @description The status in words, in the language of the response */
            statusLabel: string;
            /** @description The reported strain; null when nothing was reported */
            strainLevel: components["schemas"]["StrainLevel"] | null;
        };
        ExportReportingRowInput: {
            /** @description 1 when the organisation was a member when the round closed for reports */
            expected: number;
            /** @description Kommunkod (four digits) for a kommun; null otherwise */
            municipalityCode: string | null;
            /** @description 1 when it reported by the deadline while expected; sums over rows give the rates */
            onTime: number;
            organization: string;
            /** Format: uuid */
            organizationId: string;
            /** @description The reporting period: the ISO week ("v. 49 2026") or the dates it spans */
            period: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @description 1 when it reported while expected */
            reported: number;
            /** @description The round's title, e.g. "v. 49 2026" */
            round: string;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["ReportingCellStatusInput"];
            /** @description The status in words, in the language of the response */
            statusLabel: string;
            /** @description The reported strain; null when nothing was reported */
            strainLevel: components["schemas"]["StrainLevelInput"] | null;
        };
        ExportValueRow: {
            /** @description For capacity indicators: the promised capacity the value is set against */
            capacity: number | null;
            /** @description The indicator's name in the language of the response */
            indicator: string;
            /** Format: uuid */
            indicatorId: string;
            /** @description The indicator's stable machine key, e.g. "covid_inpatients" */
            indicatorKey: string;
            /** @description The first report came after the deadline */
            late: boolean;
            /** @description Kommunkod (four digits) for a kommun; null otherwise */
            municipalityCode: string | null;
            organization: string;
            /** Format: uuid */
            organizationId: string;
            /** @description The reporting period: the ISO week ("v. 49 2026") or the dates it spans */
            period: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /**
             * Format: date-time
             * @description When the organisation first reported in the round; `late` is measured from it
             */
            reportedAt: string;
            /** @description The round's title, e.g. "v. 49 2026" */
            round: string;
            /** Format: uuid */
            roundId: string;
            unit: string;
            /** @description As of the latest version of the report */
            value: number;
        };
        ExportValueRowInput: {
            /** @description For capacity indicators: the promised capacity the value is set against */
            capacity: number | null;
            /** @description The indicator's name in the language of the response */
            indicator: string;
            /** Format: uuid */
            indicatorId: string;
            /** @description The indicator's stable machine key, e.g. "covid_inpatients" */
            indicatorKey: string;
            /** @description The first report came after the deadline */
            late: boolean;
            /** @description Kommunkod (four digits) for a kommun; null otherwise */
            municipalityCode: string | null;
            organization: string;
            /** Format: uuid */
            organizationId: string;
            /** @description The reporting period: the ISO week ("v. 49 2026") or the dates it spans */
            period: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /**
             * Format: date-time
             * @description When the organisation first reported in the round; `late` is measured from it
             */
            reportedAt: string;
            /** @description The round's title, e.g. "v. 49 2026" */
            round: string;
            /** Format: uuid */
            roundId: string;
            unit: string;
            /** @description As of the latest version of the report */
            value: number;
        };
        Forum: {
            /** @description Samordnare */
            coordinators: {
                name: string;
                /** Format: uuid */
                userId: string;
            }[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description Member organisations in the forum's order */
            members: {
                kind: components["schemas"]["OrganizationKind"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                position: number;
            }[];
            name: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerOrganizationName: string;
            permissions: components["schemas"]["ForumPermissions"];
            updatedAt: string;
        };
        ForumCreate: {
            /** @default [] */
            coordinatorUserIds: string[];
            /** @default  */
            description: string;
            /**
             * @description Members, in order
             * @default []
             */
            memberOrganizationIds: string[];
            /** @description e.g. "Välfärdsrådet" */
            name: string;
            /** Format: uuid */
            ownerOrganizationId: string;
        };
        ForumCreateInput: {
            /** @default [] */
            coordinatorUserIds?: string[];
            /** @default  */
            description?: string;
            /**
             * @description Members, in order
             * @default []
             */
            memberOrganizationIds?: string[];
            /** @description e.g. "Välfärdsrådet" */
            name: string;
            /** Format: uuid */
            ownerOrganizationId: string;
        };
        ForumInput: {
            /** @description Samordnare */
            coordinators: {
                name: string;
                /** Format: uuid */
                userId: string;
            }[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description Member organisations in the forum's order */
            members: {
                kind: components["schemas"]["OrganizationKindInput"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                position: number;
            }[];
            name: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerOrganizationName: string;
            permissions: components["schemas"]["ForumPermissionsInput"];
            updatedAt: string;
        };
        ForumPermissions: {
            /** @description Change name, description, members, coordinators, indicators and settings */
            canEdit: boolean;
            /** @description Open, change, close and publish rounds; write the summering; set the schedule */
            canManageRounds: boolean;
            /** @description Plan meetings and import old minutes */
            canPlanMeetings: boolean;
            /** @description Change the owner organisation or (de)activate the forum */
            canSetOwnerOrActive: boolean;
        };
        ForumPermissionsInput: {
            /** @description Change name, description, members, coordinators, indicators and settings */
            canEdit: boolean;
            /** @description Open, change, close and publish rounds; write the summering; set the schedule */
            canManageRounds: boolean;
            /** @description Plan meetings and import old minutes */
            canPlanMeetings: boolean;
            /** @description Change the owner organisation or (de)activate the forum */
            canSetOwnerOrActive: boolean;
        };
        ForumReporting: {
            /** Format: uuid */
            forumId: string;
            organizations: {
                kind: components["schemas"]["OrganizationKind"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                rates: {
                    /** @description Rounds (or organisations) where a report was expected */
                    expected: number;
                    /** @description Of those, how many by the deadline */
                    onTime: number;
                    /** @description onTime / expected, 0–1 */
                    onTimeRate: number | null;
                    /** @description reported / expected, 0–1; null when nothing was expected */
                    rate: number | null;
                    /** @description Of those, how many were reported at all */
                    reported: number;
                };
                /** @description One per round */
                statuses: components["schemas"]["ReportingCellStatus"][];
                /** @description One per round; null = no report */
                strainLevels: (components["schemas"]["StrainLevel"] | null)[];
            }[];
            /** @description One per round, like `rounds` */
            roundRates: {
                /** @description Rounds (or organisations) where a report was expected */
                expected: number;
                /** @description Of those, how many by the deadline */
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                /** @description Of those, how many were reported at all */
                reported: number;
            }[];
            /** @description Oldest first; only rounds the caller may read the lägesbild of */
            rounds: {
                deadline: string;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                title: string;
            }[];
            total: {
                /** @description Rounds (or organisations) where a report was expected */
                expected: number;
                /** @description Of those, how many by the deadline */
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                /** @description Of those, how many were reported at all */
                reported: number;
            };
        };
        ForumReportingInput: {
            /** Format: uuid */
            forumId: string;
            organizations: {
                kind: components["schemas"]["OrganizationKindInput"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                rates: {
                    /** @description Rounds (or organisations) where a report was expected */
                    expected: number;
                    /** @description Of those, how many by the deadline */
                    onTime: number;
                    /** @description onTime / expected, 0–1 */
                    onTimeRate: number | null;
                    /** @description reported / expected, 0–1; null when nothing was expected */
                    rate: number | null;
                    /** @description Of those, how many were reported at all */
                    reported: number;
                };
                /** @description One per round */
                statuses: components["schemas"]["ReportingCellStatusInput"][];
                /** @description One per round; null = no report */
                strainLevels: (components["schemas"]["StrainLevelInput"] | null)[];
            }[];
            /** @description One per round, like `rounds` */
            roundRates: {
                /** @description Rounds (or organisations) where a report was expected */
                expected: number;
                /** @description Of those, how many by the deadline */
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                /** @description Of those, how many were reported at all */
                reported: number;
            }[];
            /** @description Oldest first; only rounds the caller may read the lägesbild of */
            rounds: {
                deadline: string;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                title: string;
            }[];
            total: {
                /** @description Rounds (or organisations) where a report was expected */
                expected: number;
                /** @description Of those, how many by the deadline */
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                /** @description Of those, how many were reported at all */
                reported: number;
            };
        };
        /**
         * @description Role in a forum: coordinator (samordnare), reporter (rapportör) or reader (läsare)
         * @enum {string}
         */
        ForumRole: "coordinator" | "reporter" | "reader";
        ForumRoleAssignment: {
            /** Format: uuid */
            forumId: string;
            role: components["schemas"]["ForumRole"];
        };
        ForumRoleAssignmentInput: {
            /** Format: uuid */
            forumId: string;
            role: components["schemas"]["ForumRoleInput"];
        };
        /**
         * @description Role in a forum: coordinator (samordnare), reporter (rapportör) or reader (läsare)
         * @enum {string}
         */
        ForumRoleInput: "coordinator" | "reporter" | "reader";
        ForumUpdate: {
            /** @description Replaces the coordinators */
            coordinatorUserIds?: string[];
            description?: string;
            isActive?: boolean;
            /** @description Replaces the members, in this order */
            memberOrganizationIds?: string[];
            name?: string;
            /** Format: uuid */
            ownerOrganizationId?: string;
        };
        ForumUpdateInput: {
            /** @description Replaces the coordinators */
            coordinatorUserIds?: string[];
            description?: string;
            isActive?: boolean;
            /** @description Replaces the members, in this order */
            memberOrganizationIds?: string[];
            name?: string;
            /** Format: uuid */
            ownerOrganizationId?: string;
        };
        Health: {
            /**
             * @description Which database this process runs on
             * @enum {string}
             */
            database: "pglite" | "postgres";
            /** @constant */
            status: "ok";
        };
        HealthInput: {
            /**
             * @description Which database this process runs on
             * @enum {string}
             */
            database: "pglite" | "postgres";
            /** @constant */
            status: "ok";
        };
        /** @description The text in pieces, matched words apart, so a client highlights them without parsing markup */
        HighlightedText: {
            /** @description A word the search matched */
            match: boolean;
            text: string;
        }[];
        /** @description The text in pieces, matched words apart, so a client highlights them without parsing markup */
        HighlightedTextInput: {
            /** @description A word the search matched */
            match: boolean;
            text: string;
        }[];
        Indicator: {
            /** Format: uuid */
            forumId: string;
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs: "worse" | "better";
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description Stable machine key, e.g. "covid_inpatients" */
            key: string;
            kind: components["schemas"]["IndicatorKind"];
            maxValue: number | null;
            minValue: number | null;
            nameEn: string;
            nameSv: string;
            /** @description Which kinds of organisation report it; empty = all */
            organizationKinds: components["schemas"]["OrganizationKind"][];
            position: number;
            /** @description Unit as shown, e.g. "st", "%", "dagar" */
            unit: string;
        };
        IndicatorCreate: {
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs: "worse" | "better";
            /** @description Lower-case letters, digits and _ */
            key: string;
            kind: components["schemas"]["IndicatorKind"];
            /** @default null */
            maxValue: number | null;
            /** @default null */
            minValue: number | null;
            nameEn: string;
            nameSv: string;
            /** @default [] */
            organizationKinds: components["schemas"]["OrganizationKind"][];
            position?: number;
            /** @default  */
            unit: string;
        };
        IndicatorCreateInput: {
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs: "worse" | "better";
            /** @description Lower-case letters, digits and _ */
            key: string;
            kind: components["schemas"]["IndicatorKindInput"];
            /** @default null */
            maxValue?: number | null;
            /** @default null */
            minValue?: number | null;
            nameEn: string;
            nameSv: string;
            /** @default [] */
            organizationKinds?: components["schemas"]["OrganizationKindInput"][];
            position?: number;
            /** @default  */
            unit?: string;
        };
        IndicatorInput: {
            /** Format: uuid */
            forumId: string;
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs: "worse" | "better";
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @description Stable machine key, e.g. "covid_inpatients" */
            key: string;
            kind: components["schemas"]["IndicatorKindInput"];
            maxValue: number | null;
            minValue: number | null;
            nameEn: string;
            nameSv: string;
            /** @description Which kinds of organisation report it; empty = all */
            organizationKinds: components["schemas"]["OrganizationKindInput"][];
            position: number;
            /** @description Unit as shown, e.g. "st", "%", "dagar" */
            unit: string;
        };
        /**
         * @description integer (count), decimal, percent, days (e.g. of stock) or capacity (a count against a promised capacity)
         * @enum {string}
         */
        IndicatorKind: "integer" | "decimal" | "percent" | "days" | "capacity";
        /**
         * @description integer (count), decimal, percent, days (e.g. of stock) or capacity (a count against a promised capacity)
         * @enum {string}
         */
        IndicatorKindInput: "integer" | "decimal" | "percent" | "days" | "capacity";
        IndicatorTrend: {
            /** Format: uuid */
            forumId: string;
            groups: {
                /** @description For capacity indicators: the promised capacity */
                capacities: (number | null)[] | null;
                expected: number[];
                /** @enum {string} */
                method: "sum" | "median";
                organizationKind: components["schemas"]["OrganizationKind"];
                reported: number[];
                /** @description For capacity indicators: the figure falls short of the capacity (or exceeds it, when higher is worse) */
                shortfall: boolean[] | null;
                /** @description One per round; null = nobody reported (a gap, not a zero) */
                values: (number | null)[];
            }[];
            indicator: components["schemas"]["Indicator"];
            organizations: {
                capacities: (number | null)[] | null;
                /** @description Whether the organisation was a member then and reports this figure */
                expected: boolean[];
                kind: components["schemas"]["OrganizationKind"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                values: (number | null)[];
            }[];
            /** @description Oldest first */
            rounds: {
                deadline: string;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                title: string;
            }[];
            total: {
                /** @description For capacity indicators: the promised capacity */
                capacities: (number | null)[] | null;
                expected: number[];
                /** @enum {string} */
                method: "sum" | "median";
                reported: number[];
                /** @description For capacity indicators: the figure falls short of the capacity (or exceeds it, when higher is worse) */
                shortfall: boolean[] | null;
                /** @description One per round; null = nobody reported (a gap, not a zero) */
                values: (number | null)[];
            };
        };
        IndicatorTrendInput: {
            /** Format: uuid */
            forumId: string;
            groups: {
                /** @description For capacity indicators: the promised capacity */
                capacities: (number | null)[] | null;
                expected: number[];
                /** @enum {string} */
                method: "sum" | "median";
                organizationKind: components["schemas"]["OrganizationKindInput"];
                reported: number[];
                /** @description For capacity indicators: the figure falls short of the capacity (or exceeds it, when higher is worse) */
                shortfall: boolean[] | null;
                /** @description One per round; null = nobody reported (a gap, not a zero) */
                values: (number | null)[];
            }[];
            indicator: components["schemas"]["IndicatorInput"];
            organizations: {
                capacities: (number | null)[] | null;
                /** @description Whether the organisation was a member then and reports this figure */
                expected: boolean[];
                kind: components["schemas"]["OrganizationKindInput"];
                name: string;
                /** Format: uuid */
                organizationId: string;
                values: (number | null)[];
            }[];
            /** @description Oldest first */
            rounds: {
                deadline: string;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                title: string;
            }[];
            total: {
                /** @description For capacity indicators: the promised capacity */
                capacities: (number | null)[] | null;
                expected: number[];
                /** @enum {string} */
                method: "sum" | "median";
                reported: number[];
                /** @description For capacity indicators: the figure falls short of the capacity (or exceeds it, when higher is worse) */
                shortfall: boolean[] | null;
                /** @description One per round; null = nobody reported (a gap, not a zero) */
                values: (number | null)[];
            };
        };
        IndicatorUpdate: {
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs?: "worse" | "better";
            isActive?: boolean;
            kind?: components["schemas"]["IndicatorKind"];
            maxValue?: number | null;
            minValue?: number | null;
            nameEn?: string;
            nameSv?: string;
            organizationKinds?: components["schemas"]["OrganizationKind"][];
            position?: number;
            unit?: string;
        };
        IndicatorUpdateInput: {
            /**
             * @description Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)
             * @enum {string}
             */
            higherIs?: "worse" | "better";
            isActive?: boolean;
            kind?: components["schemas"]["IndicatorKindInput"];
            maxValue?: number | null;
            minValue?: number | null;
            nameEn?: string;
            nameSv?: string;
            organizationKinds?: components["schemas"]["OrganizationKindInput"][];
            position?: number;
            unit?: string;
        };
        IssuedApiToken: {
            apiToken: components["schemas"]["ApiToken"];
            /** @description The token itself, shown this once: only its hash is kept. Send it as "Authorization: Bearer <token>". */
            token: string;
        };
        IssuedApiTokenInput: {
            apiToken: components["schemas"]["ApiTokenInput"];
            /** @description The token itself, shown this once: only its hash is kept. Send it as "Authorization: Bearer <token>". */
            token: string;
        };
        /**
         * @description beslut / information / rapport / övrigt
         * @enum {string}
         */
        ItemKind: "beslut" | "information" | "rapport" | "ovrigt";
        /**
         * @description beslut / information / rapport / övrigt
         * @enum {string}
         */
        ItemKindInput: "beslut" | "information" | "rapport" | "ovrigt";
        /**
         * @description A standard item of the template; the app fills in the situation and the uppdrag follow-up
         * @enum {string}
         */
        ItemRole: "opening" | "agenda" | "adjusters" | "previous_minutes" | "action_follow_up" | "situation" | "other_questions" | "closing";
        /**
         * @description A standard item of the template; the app fills in the situation and the uppdrag follow-up
         * @enum {string}
         */
        ItemRoleInput: "opening" | "agenda" | "adjusters" | "previous_minutes" | "action_follow_up" | "situation" | "other_questions" | "closing";
        LiveChange: {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A lägesrapport was submitted or amended
             * @constant
             */
            kind: "report";
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            roundId: string;
        } | {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A round changed: its summering, status or publication
             * @constant
             */
            kind: "round";
            /** Format: uuid */
            roundId: string;
        } | {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A meeting changed: its agenda, decisions, attendance or status
             * @constant
             */
            kind: "meeting";
            /** Format: uuid */
            meetingId: string;
        } | {
            /** Format: uuid */
            actionId: string;
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description An uppdrag was given or followed up
             * @constant
             */
            kind: "action";
            /** Format: uuid */
            meetingId: string;
        };
        LiveChangeInput: {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A lägesrapport was submitted or amended
             * @constant
             */
            kind: "report";
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            roundId: string;
        } | {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A round changed: its summering, status or publication
             * @constant
             */
            kind: "round";
            /** Format: uuid */
            roundId: string;
        } | {
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description A meeting changed: its agenda, decisions, attendance or status
             * @constant
             */
            kind: "meeting";
            /** Format: uuid */
            meetingId: string;
        } | {
            /** Format: uuid */
            actionId: string;
            /**
             * Format: uuid
             * @description The forum the record belongs to
             */
            forumId: string;
            /**
             * @description An uppdrag was given or followed up
             * @constant
             */
            kind: "action";
            /** Format: uuid */
            meetingId: string;
        };
        /**
         * @description Interface and message language
         * @enum {string}
         */
        Locale: "sv" | "en";
        LocaleBody: {
            locale: components["schemas"]["Locale"];
        };
        LocaleBodyInput: {
            locale: components["schemas"]["LocaleInput"];
        };
        /**
         * @description Interface and message language
         * @enum {string}
         */
        LocaleInput: "sv" | "en";
        LoginBody: {
            /** @description E-mail address */
            email: string;
            /** @description Password */
            password: string;
        };
        LoginBodyInput: {
            /** @description E-mail address */
            email: string;
            /** @description Password */
            password: string;
        };
        LogoutResult: {
            /** @description The provider's end-session address to send the browser to, when the session came from it */
            endSessionUrl: string | null;
        };
        LogoutResultInput: {
            /** @description The provider's end-session address to send the browser to, when the session came from it */
            endSessionUrl: string | null;
        };
        /**
         * @description round_opened, report_reminder (before and after the deadline), round_closed (to the coordinator), meeting_invitation (kallelse with calendar invitation, its updates and cancellation), minutes_review (sent for justering), minutes_published, action_assigned, action_due, action_overdue
         * @enum {string}
         */
        MailKind: "round_opened" | "report_reminder" | "round_closed" | "meeting_invitation" | "minutes_review" | "minutes_published" | "action_assigned" | "action_due" | "action_overdue";
        /**
         * @description round_opened, report_reminder (before and after the deadline), round_closed (to the coordinator), meeting_invitation (kallelse with calendar invitation, its updates and cancellation), minutes_review (sent for justering), minutes_published, action_assigned, action_due, action_overdue
         * @enum {string}
         */
        MailKindInput: "round_opened" | "report_reminder" | "round_closed" | "meeting_invitation" | "minutes_review" | "minutes_published" | "action_assigned" | "action_due" | "action_overdue";
        MailPreference: {
            /** @description False: this user receives no mail of this kind */
            isEnabled: boolean;
            kind: components["schemas"]["MailKind"];
        };
        MailPreferenceInput: {
            /** @description False: this user receives no mail of this kind */
            isEnabled: boolean;
            kind: components["schemas"]["MailKindInput"];
        };
        MailPreferences: {
            /** @description Every kind of mail, in the order of the settings page */
            items: components["schemas"]["MailPreference"][];
        };
        MailPreferencesInput: {
            /** @description Every kind of mail, in the order of the settings page */
            items: components["schemas"]["MailPreferenceInput"][];
        };
        MailPreferencesUpdate: {
            /** @description The kinds to change; kinds left out keep their setting */
            items: components["schemas"]["MailPreference"][];
        };
        MailPreferencesUpdateInput: {
            /** @description The kinds to change; kinds left out keep their setting */
            items: components["schemas"]["MailPreferenceInput"][];
        };
        /**
         * @description queued: waiting or between retries; sending: being handed to the mail server; sent; failed: refused for good (see lastError); held: no mail server is configured, so it was not sent; opted_out: the recipient has turned this kind of mail off, so it was not sent
         * @enum {string}
         */
        MailStatus: "queued" | "sending" | "sent" | "failed" | "held" | "opted_out";
        /**
         * @description queued: waiting or between retries; sending: being handed to the mail server; sent; failed: refused for good (see lastError); held: no mail server is configured, so it was not sent; opted_out: the recipient has turned this kind of mail off, so it was not sent
         * @enum {string}
         */
        MailStatusInput: "queued" | "sending" | "sent" | "failed" | "held" | "opted_out";
        Me: {
            email: string;
            /** @description The forums the user takes part in, and in which role */
            forumRoles: {
                /** Format: uuid */
                forumId: string;
                forumName: string;
                role: components["schemas"]["ForumRole"];
            }[];
            /** Format: uuid */
            id: string;
            /** @description Administrator of the whole system */
            isAdmin: boolean;
            locale: components["schemas"]["Locale"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["MePermissions"];
        };
        Meeting: {
            adjusters: {
                approvedAt: string | null;
                name: string;
                position: number;
                userId: string | null;
            }[];
            attachments: {
                agendaItemId: string | null;
                contentType: string;
                filename: string;
                /** Format: uuid */
                id: string;
                isSource: boolean;
                number: number;
                /** @description SHA-256 of the file, hex */
                sha256: string;
                size: number;
                title: string;
            }[];
            attendees: {
                category: components["schemas"]["ParticipantCategory"] | null;
                /** Format: uuid */
                id: string;
                name: string;
                organizationId: string | null;
                organizationName: string | null;
                /**
                 * @description substitute: either this person is a substitute (substituteFor names whom they replace), or this invited person was replaced by a substitute (substituteName names who sat in)
                 * @enum {string}
                 */
                status: "invited" | "present" | "absent" | "substitute";
                substituteFor: string | null;
                /** @description Who sat in for this invited person */
                substituteName: string | null;
                title: string | null;
                userId: string | null;
            }[];
            chair: {
                name: string;
                userId: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @enum {string}
             */
            chairRole: "ordforande" | "motesledare" | "sammankallande";
            comments: {
                agendaItemId: string | null;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
                userName: string;
            }[];
            diaryNumber: string | null;
            /** @enum {string} */
            documentType: "minnesanteckningar" | "protokoll";
            endTime: string | null;
            /** @description Open uppdrag from earlier meetings, for "Uppföljning av uppdrag" */
            followUps: components["schemas"]["Action"][];
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** @description Set when the minutes are justerade: everything above except status, comments and permissions is this frozen version, not live data */
            frozen: components["schemas"]["MinutesVersion"] | null;
            /** Format: uuid */
            id: string;
            /** @description Set for minutes imported from a file (status imported): they never had a kallelse in this app */
            imported: {
                at: string;
                /** @description Who imported them */
                byName: string;
                /** @description The file the minutes were imported from */
                filename: string;
            } | null;
            /** @description Null until the kallelse is sent */
            invitation: {
                /** @description Time, place or agenda changed since: the kallelse should be sent again as an update */
                isOutdated: boolean;
                /** @description When the kallelse (or its last update) was sent */
                sentAt: string;
                /** @description The calendar SEQUENCE of the last invitation sent; 0 for the first */
                sequence: number;
            } | null;
            items: components["schemas"]["AgendaItem"][];
            location: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            minutesVersion: number;
            permissions: components["schemas"]["MeetingPermissions"];
            roundId: string | null;
            secretary: {
                name: string;
                userId: string | null;
            } | null;
            /** @description The round's lägesbild, taken from the filed reports */
            situation: {
                /** Format: uuid */
                roundId: string;
                roundTitle: string;
                rows: {
                    challenges: string | null;
                    current: string | null;
                    input: string | null;
                    organization: string;
                    status: string;
                    strainLevel: components["schemas"]["StrainLevel"] | null;
                }[];
                summary: string;
            } | null;
            startTime: string | null;
            status: components["schemas"]["MeetingStatus"];
            title: string;
            /** @description Justerade versions, oldest first; each stays downloadable */
            versions: components["schemas"]["MinutesVersion"][];
            /** @description Why the minutes were last pulled back from justering, while they are being reworked */
            withdrawal: {
                at: string;
                byName: string;
                reason: string;
            } | null;
        };
        MeetingCreate: {
            /** @default [] */
            adjusters: {
                name?: string | null;
                userId?: string | null;
            }[];
            /** @description Assign the next Dnr from the forum's series (prefix + year + running number). Left out: assigned when the forum has a series and no Dnr is typed */
            assignDiaryNumber?: boolean;
            chair?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @default ordforande
             * @enum {string}
             */
            chairRole: "ordforande" | "motesledare" | "sammankallande";
            /** @description Typed Dnr, e.g. "RD21/01391" */
            diaryNumber?: string | null;
            /**
             * @default minnesanteckningar
             * @enum {string}
             */
            documentType: "minnesanteckningar" | "protokoll";
            endTime?: string | null;
            /**
             * @description Place or Teams link
             * @default
             */
            location: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** @description The round whose lägesbild the meeting discusses */
            roundId?: string | null;
            secretary?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            startTime?: string | null;
            title: string;
            /**
             * @description Start the agenda from the forum's standard items
             * @default true
             */
            useTemplate: boolean;
        };
        MeetingCreateInput: {
            /** @default [] */
            adjusters?: {
                name?: string | null;
                userId?: string | null;
            }[];
            /** @description Assign the next Dnr from the forum's series (prefix + year + running number). Left out: assigned when the forum has a series and no Dnr is typed */
            assignDiaryNumber?: boolean;
            chair?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @default ordforande
             * @enum {string}
             */
            chairRole?: "ordforande" | "motesledare" | "sammankallande";
            /** @description Typed Dnr, e.g. "RD21/01391" */
            diaryNumber?: string | null;
            /**
             * @default minnesanteckningar
             * @enum {string}
             */
            documentType?: "minnesanteckningar" | "protokoll";
            endTime?: string | null;
            /**
             * @description Place or Teams link
             * @default
             */
            location?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            /** @description The round whose lägesbild the meeting discusses */
            roundId?: string | null;
            secretary?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            startTime?: string | null;
            title: string;
            /**
             * @description Start the agenda from the forum's standard items
             * @default true
             */
            useTemplate?: boolean;
        };
        MeetingInput: {
            adjusters: {
                approvedAt: string | null;
                name: string;
                position: number;
                userId: string | null;
            }[];
            attachments: {
                agendaItemId: string | null;
                contentType: string;
                filename: string;
                /** Format: uuid */
                id: string;
                isSource: boolean;
                number: number;
                /** @description SHA-256 of the file, hex */
                sha256: string;
                size: number;
                title: string;
            }[];
            attendees: {
                category: components["schemas"]["ParticipantCategoryInput"] | null;
                /** Format: uuid */
                id: string;
                name: string;
                organizationId: string | null;
                organizationName: string | null;
                /**
                 * @description substitute: either this person is a substitute (substituteFor names whom they replace), or this invited person was replaced by a substitute (substituteName names who sat in)
                 * @enum {string}
                 */
                status: "invited" | "present" | "absent" | "substitute";
                substituteFor: string | null;
                /** @description Who sat in for this invited person */
                substituteName: string | null;
                title: string | null;
                userId: string | null;
            }[];
            chair: {
                name: string;
                userId: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @enum {string}
             */
            chairRole: "ordforande" | "motesledare" | "sammankallande";
            comments: {
                agendaItemId: string | null;
                createdAt: string;
                /** Format: uuid */
                id: string;
                text: string;
                userName: string;
            }[];
            diaryNumber: string | null;
            /** @enum {string} */
            documentType: "minnesanteckningar" | "protokoll";
            endTime: string | null;
            /** @description Open uppdrag from earlier meetings, for "Uppföljning av uppdrag" */
            followUps: components["schemas"]["ActionInput"][];
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** @description Set when the minutes are justerade: everything above except status, comments and permissions is this frozen version, not live data */
            frozen: components["schemas"]["MinutesVersionInput"] | null;
            /** Format: uuid */
            id: string;
            /** @description Set for minutes imported from a file (status imported): they never had a kallelse in this app */
            imported: {
                at: string;
                /** @description Who imported them */
                byName: string;
                /** @description The file the minutes were imported from */
                filename: string;
            } | null;
            /** @description Null until the kallelse is sent */
            invitation: {
                /** @description Time, place or agenda changed since: the kallelse should be sent again as an update */
                isOutdated: boolean;
                /** @description When the kallelse (or its last update) was sent */
                sentAt: string;
                /** @description The calendar SEQUENCE of the last invitation sent; 0 for the first */
                sequence: number;
            } | null;
            items: components["schemas"]["AgendaItemInput"][];
            location: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            minutesVersion: number;
            permissions: components["schemas"]["MeetingPermissionsInput"];
            roundId: string | null;
            secretary: {
                name: string;
                userId: string | null;
            } | null;
            /** @description The round's lägesbild, taken from the filed reports */
            situation: {
                /** Format: uuid */
                roundId: string;
                roundTitle: string;
                rows: {
                    challenges: string | null;
                    current: string | null;
                    input: string | null;
                    organization: string;
                    status: string;
                    strainLevel: components["schemas"]["StrainLevelInput"] | null;
                }[];
                summary: string;
            } | null;
            startTime: string | null;
            status: components["schemas"]["MeetingStatusInput"];
            title: string;
            /** @description Justerade versions, oldest first; each stays downloadable */
            versions: components["schemas"]["MinutesVersionInput"][];
            /** @description Why the minutes were last pulled back from justering, while they are being reworked */
            withdrawal: {
                at: string;
                byName: string;
                reason: string;
            } | null;
        };
        MeetingMail: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            /** @description The calendar part: invitation or cancellation */
            calendarMethod: ("REQUEST" | "CANCEL") | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKind"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatus"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        MeetingMailInput: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            /** @description The calendar part: invitation or cancellation */
            calendarMethod: ("REQUEST" | "CANCEL") | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKindInput"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatusInput"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        MeetingPermissions: {
            /** @description Approve (justera) as one of the adjusters */
            canApprove: boolean;
            /** @description Cancel the planned meeting (invitees get a calendar cancellation) */
            canCancel: boolean;
            /** @description Comment during justering */
            canComment: boolean;
            /** @description Start a correction of approved minutes as a new version */
            canCorrect: boolean;
            /** @description Write notes, decisions, uppdrag, attendance and bilagor */
            canEdit: boolean;
            /** @description Add, remove and reorder agenda items (before the meeting is held) */
            canEditAgenda: boolean;
            /** @description Mark the meeting as held */
            canHold: boolean;
            /** @description Publish the approved minutes */
            canPublish: boolean;
            /** @description Send the minutes for justering */
            canSendForReview: boolean;
            /** @description Send the kallelse with its calendar invitation, or send it again after a change */
            canSendInvitations: boolean;
            /** @description See the mail sent about the meeting and how each fared */
            canViewMail: boolean;
            /** @description Pull the minutes back from justering */
            canWithdraw: boolean;
        };
        MeetingPermissionsInput: {
            /** @description Approve (justera) as one of the adjusters */
            canApprove: boolean;
            /** @description Cancel the planned meeting (invitees get a calendar cancellation) */
            canCancel: boolean;
            /** @description Comment during justering */
            canComment: boolean;
            /** @description Start a correction of approved minutes as a new version */
            canCorrect: boolean;
            /** @description Write notes, decisions, uppdrag, attendance and bilagor */
            canEdit: boolean;
            /** @description Add, remove and reorder agenda items (before the meeting is held) */
            canEditAgenda: boolean;
            /** @description Mark the meeting as held */
            canHold: boolean;
            /** @description Publish the approved minutes */
            canPublish: boolean;
            /** @description Send the minutes for justering */
            canSendForReview: boolean;
            /** @description Send the kallelse with its calendar invitation, or send it again after a change */
            canSendInvitations: boolean;
            /** @description See the mail sent about the meeting and how each fared */
            canViewMail: boolean;
            /** @description Pull the minutes back from justering */
            canWithdraw: boolean;
        };
        MeetingSettings: {
            /** @description The forum's own agenda template; null means the standard agenda */
            agendaTemplate: {
                kind: components["schemas"]["ItemKind"] | null;
                role: components["schemas"]["ItemRole"] | null;
                title: string;
            }[] | null;
            /**
             * @description Number a protokoll's § on from the forum's earlier protokoll of the year, as nämnder do
             * @default false
             */
            continuousSectionNumbering: boolean;
            /** @description Dnr series prefix, e.g. "RD" gives RD21/00001 */
            diaryPrefix: string | null;
            /**
             * @description The forum's working language: the standard agenda's titles are offered in it
             * @default sv
             */
            language: components["schemas"]["Locale"];
        };
        MeetingSettingsInput: {
            /** @description The forum's own agenda template; null means the standard agenda */
            agendaTemplate: {
                kind: components["schemas"]["ItemKindInput"] | null;
                role: components["schemas"]["ItemRoleInput"] | null;
                title: string;
            }[] | null;
            /**
             * @description Number a protokoll's § on from the forum's earlier protokoll of the year, as nämnder do
             * @default false
             */
            continuousSectionNumbering?: boolean;
            /** @description Dnr series prefix, e.g. "RD" gives RD21/00001 */
            diaryPrefix: string | null;
            /**
             * @description The forum's working language: the standard agenda's titles are offered in it
             * @default sv
             */
            language?: components["schemas"]["LocaleInput"];
        };
        /**
         * @description planned → held → in_review (sent for justering) → approved (justerad) → published; imported from old minutes; a planned meeting may be cancelled
         * @enum {string}
         */
        MeetingStatus: "planned" | "held" | "in_review" | "approved" | "published" | "imported" | "cancelled";
        /**
         * @description planned → held → in_review (sent for justering) → approved (justerad) → published; imported from old minutes; a planned meeting may be cancelled
         * @enum {string}
         */
        MeetingStatusInput: "planned" | "held" | "in_review" | "approved" | "published" | "imported" | "cancelled";
        MeetingSummary: {
            diaryNumber: string | null;
            /** @enum {string} */
            documentType: "minnesanteckningar" | "protokoll";
            endTime: string | null;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            location: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            minutesVersion: number;
            roundId: string | null;
            startTime: string | null;
            status: components["schemas"]["MeetingStatus"];
            title: string;
        };
        MeetingSummaryInput: {
            diaryNumber: string | null;
            /** @enum {string} */
            documentType: "minnesanteckningar" | "protokoll";
            endTime: string | null;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            location: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate: string;
            minutesVersion: number;
            roundId: string | null;
            startTime: string | null;
            status: components["schemas"]["MeetingStatusInput"];
            title: string;
        };
        MeetingUpdate: {
            adjusters?: {
                name?: string | null;
                userId?: string | null;
            }[];
            chair?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @enum {string}
             */
            chairRole?: "ordforande" | "motesledare" | "sammankallande";
            diaryNumber?: string | null;
            /** @enum {string} */
            documentType?: "minnesanteckningar" | "protokoll";
            endTime?: string | null;
            location?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate?: string;
            roundId?: string | null;
            secretary?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            startTime?: string | null;
            title?: string;
        };
        MeetingUpdateInput: {
            adjusters?: {
                name?: string | null;
                userId?: string | null;
            }[];
            chair?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            /**
             * @description ordförande / mötesledare / sammankallande
             * @enum {string}
             */
            chairRole?: "ordforande" | "motesledare" | "sammankallande";
            diaryNumber?: string | null;
            /** @enum {string} */
            documentType?: "minnesanteckningar" | "protokoll";
            endTime?: string | null;
            location?: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            meetingDate?: string;
            roundId?: string | null;
            secretary?: {
                name?: string | null;
                userId?: string | null;
            } | null;
            startTime?: string | null;
            title?: string;
        };
        MeInput: {
            email: string;
            /** @description The forums the user takes part in, and in which role */
            forumRoles: {
                /** Format: uuid */
                forumId: string;
                forumName: string;
                role: components["schemas"]["ForumRoleInput"];
            }[];
            /** Format: uuid */
            id: string;
            /** @description Administrator of the whole system */
            isAdmin: boolean;
            locale: components["schemas"]["LocaleInput"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["MePermissionsInput"];
        };
        MePermissions: {
            /** @description Change how users sign in (password, single sign-on) */
            canConfigureSignIn: boolean;
            /** @description Create forums */
            canCreateForum: boolean;
            /** @description Add organisations */
            canCreateOrganization: boolean;
            /** @description Open the user administration */
            canListUsers: boolean;
            /** @description Issue and revoke API tokens */
            canManageApiTokens: boolean;
            /** @description Read the audit log */
            canViewAudit: boolean;
        };
        MePermissionsInput: {
            /** @description Change how users sign in (password, single sign-on) */
            canConfigureSignIn: boolean;
            /** @description Create forums */
            canCreateForum: boolean;
            /** @description Add organisations */
            canCreateOrganization: boolean;
            /** @description Open the user administration */
            canListUsers: boolean;
            /** @description Issue and revoke API tokens */
            canManageApiTokens: boolean;
            /** @description Read the audit log */
            canViewAudit: boolean;
        };
        MinutesComment: {
            agendaItemId: string | null;
            text: string;
        };
        MinutesCommentInput: {
            agendaItemId: string | null;
            text: string;
        };
        MinutesImportPreview: {
            alreadyImportedMeetingId: string | null;
            /** @description How sure the parser is of each field of 'minutes' */
            confidence: components["schemas"]["MinutesParseConfidence"];
            filename: string;
            minutes: components["schemas"]["ParsedMinutes"];
            /** @description Meetings the forum already has on the date read (cancelled ones aside); importing needs allowSameDate then */
            sameDateMeetings: {
                /** Format: uuid */
                id: string;
                status: string;
                title: string;
            }[];
            /** @description SHA-256 of the file; the same file is never imported twice into a forum */
            sourceHash: string;
        };
        MinutesImportPreviewInput: {
            alreadyImportedMeetingId: string | null;
            /** @description How sure the parser is of each field of 'minutes' */
            confidence: components["schemas"]["MinutesParseConfidenceInput"];
            filename: string;
            minutes: components["schemas"]["ParsedMinutesInput"];
            /** @description Meetings the forum already has on the date read (cancelled ones aside); importing needs allowSameDate then */
            sameDateMeetings: {
                /** Format: uuid */
                id: string;
                status: string;
                title: string;
            }[];
            /** @description SHA-256 of the file; the same file is never imported twice into a forum */
            sourceHash: string;
        };
        MinutesImportResult: {
            /** @description false when this file was imported before */
            created: boolean;
            /** Format: uuid */
            meetingId: string;
        };
        MinutesImportResultInput: {
            /** @description false when this file was imported before */
            created: boolean;
            /** Format: uuid */
            meetingId: string;
        };
        MinutesParseConfidence: {
            adjuster: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            attendees: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            chair: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            date: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            diaryNumber: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            endTime: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            items: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            location: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            secretary: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            startTime: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            statusReports: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            title: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
        };
        MinutesParseConfidenceInput: {
            adjuster: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            attendees: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            chair: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            date: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            diaryNumber: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            endTime: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            items: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            location: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            secretary: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            startTime: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            statusReports: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
            title: {
                /** @description Inferred rather than read from a label: the preview marks it for checking */
                guessed: boolean;
                /** @description 0 = not found or a wild guess, 1 = read from an explicit label */
                score: number;
            };
        };
        MinutesVersion: {
            /** @description When the last adjuster approved it */
            approvedAt: string;
            /** @description SHA-256 (hex) of the canonical JSON (RFC 8785) of the frozen snapshot, printed in its documents */
            checksum: string | null;
            publishedAt: string | null;
            /** @description 1 for the first justerade version; corrections count up */
            version: number;
        };
        MinutesVersionDetail: {
            /** @description When the last adjuster approved it */
            approvedAt: string;
            /** @description SHA-256 (hex) of the canonical JSON (RFC 8785) of the frozen snapshot, printed in its documents */
            checksum: string | null;
            publishedAt: string | null;
            /** @description The frozen snapshot: `content` (the meeting as justerad) and `roundOverview` (the lägesbild as it stood); its canonical JSON hashes to `checksum` */
            snapshot: {
                approvedAt: string;
                format: number;
                version: number;
            } & {
                [key: string]: unknown;
            };
            /** @description 1 for the first justerade version; corrections count up */
            version: number;
        };
        MinutesVersionDetailInput: {
            /** @description When the last adjuster approved it */
            approvedAt: string;
            /** @description SHA-256 (hex) of the canonical JSON (RFC 8785) of the frozen snapshot, printed in its documents */
            checksum: string | null;
            publishedAt: string | null;
            /** @description The frozen snapshot: `content` (the meeting as justerad) and `roundOverview` (the lägesbild as it stood); its canonical JSON hashes to `checksum` */
            snapshot: {
                approvedAt: string;
                format: number;
                version: number;
            } & {
                [key: string]: unknown;
            };
            /** @description 1 for the first justerade version; corrections count up */
            version: number;
        };
        MinutesVersionInput: {
            /** @description When the last adjuster approved it */
            approvedAt: string;
            /** @description SHA-256 (hex) of the canonical JSON (RFC 8785) of the frozen snapshot, printed in its documents */
            checksum: string | null;
            publishedAt: string | null;
            /** @description 1 for the first justerade version; corrections count up */
            version: number;
        };
        MinutesWithdrawal: {
            /** @description Why the minutes are pulled back; the adjusters see it */
            reason: string;
        };
        MinutesWithdrawalInput: {
            /** @description Why the minutes are pulled back; the adjusters see it */
            reason: string;
        };
        MyDue: {
            /** @description Open uppdrag of the user or their organisation: overdue first, then by due date */
            actions: components["schemas"]["Action"][];
            /** @description Null unless the user coordinates a forum or writes minutes */
            coordinator: {
                /** @description Minutes the user writes that are held, out for justering or justerade but not published */
                inProgress: components["schemas"]["MeetingSummary"][];
                /** @description Open rounds of the forums the user coordinates where some member has not yet reported */
                rounds: components["schemas"]["Round"][];
                /** @description The next planned meeting of each forum */
                upcoming: components["schemas"]["MeetingSummary"][];
            } | null;
            /** @description Open rounds where the user's organisation reports: deadline and how far its report has got */
            reports: components["schemas"]["MyReporting"];
            /** @description Minutes out for justering that the user has still to justera */
            toApprove: components["schemas"]["MeetingSummary"][];
        };
        MyDueInput: {
            /** @description Open uppdrag of the user or their organisation: overdue first, then by due date */
            actions: components["schemas"]["ActionInput"][];
            /** @description Null unless the user coordinates a forum or writes minutes */
            coordinator: {
                /** @description Minutes the user writes that are held, out for justering or justerade but not published */
                inProgress: components["schemas"]["MeetingSummaryInput"][];
                /** @description Open rounds of the forums the user coordinates where some member has not yet reported */
                rounds: components["schemas"]["RoundInput"][];
                /** @description The next planned meeting of each forum */
                upcoming: components["schemas"]["MeetingSummaryInput"][];
            } | null;
            /** @description Open rounds where the user's organisation reports: deadline and how far its report has got */
            reports: components["schemas"]["MyReportingInput"];
            /** @description Minutes out for justering that the user has still to justera */
            toApprove: components["schemas"]["MeetingSummaryInput"][];
        };
        MyMeetings: {
            /** @description Minutes the user writes (coordinator or secretary) that are held, out for justering or justerade but not published */
            inProgress: components["schemas"]["MeetingSummary"][];
            /** @description Minutes out for justering that the user has still to justera */
            toApprove: components["schemas"]["MeetingSummary"][];
            /** @description The next planned meeting of each forum the user coordinates or is secretary in */
            upcoming: components["schemas"]["MeetingSummary"][];
        };
        MyMeetingsInput: {
            /** @description Minutes the user writes (coordinator or secretary) that are held, out for justering or justerade but not published */
            inProgress: components["schemas"]["MeetingSummaryInput"][];
            /** @description Minutes out for justering that the user has still to justera */
            toApprove: components["schemas"]["MeetingSummaryInput"][];
            /** @description The next planned meeting of each forum the user coordinates or is secretary in */
            upcoming: components["schemas"]["MeetingSummaryInput"][];
        };
        MyReporting: {
            deadline: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "amendment_draft";
            title: string;
        }[];
        MyReportingInput: {
            deadline: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "not_started" | "draft" | "submitted" | "amendment_draft";
            title: string;
        }[];
        Organization: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Deactivated organisations stay in history but take no new part */
            isActive: boolean;
            kind: components["schemas"]["OrganizationKind"];
            municipalityCode: string | null;
            name: string;
            /** @description Parent organisation, e.g. the region of a hospital */
            parentId: string | null;
            parentName: string | null;
            permissions: components["schemas"]["OrganizationPermissions"];
            /** @description Short name for tables, e.g. "ADH" */
            shortName: string | null;
            updatedAt: string;
        };
        OrganizationCreate: {
            kind: components["schemas"]["OrganizationKind"];
            municipalityCode?: string | null;
            /** @description Name, e.g. "Falu kommun" */
            name: string;
            parentId?: string | null;
            shortName?: string | null;
        };
        OrganizationCreateInput: {
            kind: components["schemas"]["OrganizationKindInput"];
            municipalityCode?: string | null;
            /** @description Name, e.g. "Falu kommun" */
            name: string;
            parentId?: string | null;
            shortName?: string | null;
        };
        OrganizationInput: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Deactivated organisations stay in history but take no new part */
            isActive: boolean;
            kind: components["schemas"]["OrganizationKindInput"];
            municipalityCode: string | null;
            name: string;
            /** @description Parent organisation, e.g. the region of a hospital */
            parentId: string | null;
            parentName: string | null;
            permissions: components["schemas"]["OrganizationPermissionsInput"];
            /** @description Short name for tables, e.g. "ADH" */
            shortName: string | null;
            updatedAt: string;
        };
        /**
         * @description region / kommun / sjukhus / primärvård / privat vårdgivare / myndighet / annan
         * @enum {string}
         */
        OrganizationKind: "region" | "kommun" | "sjukhus" | "primarvard" | "privat_vardgivare" | "myndighet" | "annan";
        /**
         * @description region / kommun / sjukhus / primärvård / privat vårdgivare / myndighet / annan
         * @enum {string}
         */
        OrganizationKindInput: "region" | "kommun" | "sjukhus" | "primarvard" | "privat_vardgivare" | "myndighet" | "annan";
        OrganizationPermissions: {
            /** @description Deactivate or reactivate the organisation */
            canDeactivate: boolean;
            /** @description Change name, kind, parent and municipality code */
            canEdit: boolean;
        };
        OrganizationPermissionsInput: {
            /** @description Deactivate or reactivate the organisation */
            canDeactivate: boolean;
            /** @description Change name, kind, parent and municipality code */
            canEdit: boolean;
        };
        OrganizationUpdate: {
            /** @description false deactivates, true reactivates */
            isActive?: boolean;
            kind?: components["schemas"]["OrganizationKind"];
            municipalityCode?: string | null;
            name?: string;
            parentId?: string | null;
            shortName?: string | null;
        };
        OrganizationUpdateInput: {
            /** @description false deactivates, true reactivates */
            isActive?: boolean;
            kind?: components["schemas"]["OrganizationKindInput"];
            municipalityCode?: string | null;
            name?: string;
            parentId?: string | null;
            shortName?: string | null;
        };
        OutboxEntry: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKind"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            organizationId: string | null;
            organizationName: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatus"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        OutboxEntryInput: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKindInput"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            organizationId: string | null;
            organizationName: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatusInput"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        OutboxMessage: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            /** @description The plain-text part */
            body: string;
            createdAt: string;
            createdByName: string | null;
            forumId: string | null;
            forumName: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKind"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /**
             * @description The recipient's language
             * @enum {string}
             */
            locale: "sv" | "en";
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatus"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        OutboxMessageInput: {
            /** @description Hand-overs to the mail server tried so far */
            attempts: number;
            /** @description The plain-text part */
            body: string;
            createdAt: string;
            createdByName: string | null;
            forumId: string | null;
            forumName: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MailKindInput"];
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            /**
             * @description The recipient's language
             * @enum {string}
             */
            locale: "sv" | "en";
            /** @description When a queued message is tried again, ISO 8601 */
            nextAttemptAt: string | null;
            sentAt: string | null;
            status: components["schemas"]["MailStatusInput"];
            subject: string;
            toEmail: string;
            toName: string;
        };
        OutboxPage: {
            /** @description False when no SMTP server is set: messages are held, not sent */
            isDeliveryConfigured: boolean;
            items: components["schemas"]["OutboxMessage"][];
            total: number;
        };
        OutboxPageInput: {
            /** @description False when no SMTP server is set: messages are held, not sent */
            isDeliveryConfigured: boolean;
            items: components["schemas"]["OutboxMessageInput"][];
            total: number;
        };
        OutboxResend: {
            /** @description Messages that were held (no mail server was set) or failed; each is queued again, attempts from 0 */
            ids: string[];
        };
        OutboxResendInput: {
            /** @description Messages that were held (no mail server was set) or failed; each is queued again, attempts from 0 */
            ids: string[];
        };
        OutboxResendResult: {
            /** @description Messages queued again */
            requeued: number;
        };
        OutboxResendResultInput: {
            /** @description Messages queued again */
            requeued: number;
        };
        ParsedMinutes: {
            adjuster: string | null;
            attendees: {
                name: string;
                organization: string | null;
                role: string | null;
            }[];
            body: string | null;
            chair: string | null;
            /** @description The meeting date; required to save */
            date: string | null;
            diaryNumber: string | null;
            endTime: string | null;
            followUpMeetings: string[];
            items: {
                actions: {
                    due: string | null;
                    owner: string | null;
                    task: string;
                }[];
                decisions: string[];
                kind: ("beslut" | "information" | "rapport" | "ovrigt") | null;
                /**
                 * @description Text of the item not read as a decision or a heading; nothing of the file is dropped
                 * @default
                 */
                notes: string;
                number: string | null;
                presenters: string[];
                title: string;
            }[];
            location: string | null;
            /**
             * @description Text of the file that belongs to no item (a protocol cut before its first paragraph); saved with the meeting
             * @default
             */
            notes: string;
            secretary: string | null;
            startTime: string | null;
            statusReports: {
                challenge: string | null;
                current: string | null;
                input: string | null;
                organization: string;
            }[];
            title: string;
        };
        ParsedMinutesInput: {
            adjuster: string | null;
            attendees: {
                name: string;
                organization: string | null;
                role: string | null;
            }[];
            body: string | null;
            chair: string | null;
            /** @description The meeting date; required to save */
            date: string | null;
            diaryNumber: string | null;
            endTime: string | null;
            followUpMeetings: string[];
            items: {
                actions: {
                    due: string | null;
                    owner: string | null;
                    task: string;
                }[];
                decisions: string[];
                kind: ("beslut" | "information" | "rapport" | "ovrigt") | null;
                /**
                 * @description Text of the item not read as a decision or a heading; nothing of the file is dropped
                 * @default
                 */
                notes?: string;
                number: string | null;
                presenters: string[];
                title: string;
            }[];
            location: string | null;
            /**
             * @description Text of the file that belongs to no item (a protocol cut before its first paragraph); saved with the meeting
             * @default
             */
            notes?: string;
            secretary: string | null;
            startTime: string | null;
            statusReports: {
                challenge: string | null;
                current: string | null;
                input: string | null;
                organization: string;
            }[];
            title: string;
        };
        /**
         * @description ledamot / ersättare / tjänsteperson: the minutes list them apart
         * @enum {string}
         */
        ParticipantCategory: "ledamot" | "ersattare" | "tjansteperson";
        /**
         * @description ledamot / ersättare / tjänsteperson: the minutes list them apart
         * @enum {string}
         */
        ParticipantCategoryInput: "ledamot" | "ersattare" | "tjansteperson";
        ReminderCreate: {
            /** @description Added to the standard reminder text */
            message?: string;
            /** @description Defaults to every member that has not reported */
            organizationIds?: string[];
        };
        ReminderCreateInput: {
            /** @description Added to the standard reminder text */
            message?: string;
            /** @description Defaults to every member that has not reported */
            organizationIds?: string[];
        };
        ReminderResult: {
            /** @description Organisations that have nobody to remind */
            organizationsWithoutReporter: string[];
            /** @description Reminders queued, one per reporter */
            queued: number;
        };
        ReminderResultInput: {
            /** @description Organisations that have nobody to remind */
            organizationsWithoutReporter: string[];
            /** @description Reminders queued, one per reporter */
            queued: number;
        };
        Report: {
            challenges: string;
            currentSituation: string;
            deadline: string;
            /** Format: uuid */
            forumId: string;
            /** @description "Inget nytt" can start from the previous round's report */
            hasPreviousReport: boolean;
            hasUnsubmittedChanges: boolean;
            /** @description null until the first save */
            id: string | null;
            /** @description The indicators this organisation reports */
            indicators: components["schemas"]["Indicator"][];
            input: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["ReportPermissions"];
            /** @description The report "Inget nytt" copies: the latest submitted version of the previous round's report */
            previousReport: {
                roundTitle: string;
                /** @description ISO 8601 instant */
                submittedAt: string;
                version: number;
            } | null;
            /** @description 0 before the first save */
            revision: number;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            roundStatus: "open" | "closed";
            roundTitle: string;
            strainLevel: components["schemas"]["StrainLevel"] | null;
            /** @description 0 = never submitted */
            submittedVersion: number;
            updatedAt: string | null;
            updatedByName: string | null;
            values: {
                capacity: number | null;
                /** Format: uuid */
                indicatorId: string;
                value: number | null;
            }[];
            versions: {
                isLate: boolean;
                onBehalf: boolean;
                submittedAt: string;
                submittedByName: string;
                version: number;
            }[];
        };
        ReportCopyPrevious: {
            /** @description The working copy as last read; 0 when there is none yet */
            revision: number;
        };
        ReportCopyPreviousInput: {
            /** @description The working copy as last read; 0 when there is none yet */
            revision: number;
        };
        ReportDiff: {
            fields: {
                changed: boolean;
                /** @enum {string} */
                field: "currentSituation" | "challenges" | "input" | "strainLevel";
                parts: {
                    added: boolean;
                    removed: boolean;
                    value: string;
                }[];
            }[];
            from: number;
            to: number;
            values: {
                after: number | null;
                afterCapacity: number | null;
                before: number | null;
                beforeCapacity: number | null;
                /** Format: uuid */
                indicatorId: string;
            }[];
        };
        ReportDiffInput: {
            fields: {
                changed: boolean;
                /** @enum {string} */
                field: "currentSituation" | "challenges" | "input" | "strainLevel";
                parts: {
                    added: boolean;
                    removed: boolean;
                    value: string;
                }[];
            }[];
            from: number;
            to: number;
            values: {
                after: number | null;
                afterCapacity: number | null;
                before: number | null;
                beforeCapacity: number | null;
                /** Format: uuid */
                indicatorId: string;
            }[];
        };
        ReportDraft: {
            /** @description Utmaning */
            challenges: string;
            /** @description Nuläge: paragraphs and "- " bullet lines */
            currentSituation: string;
            /** @description Medskick */
            input: string;
            /** @description The revision you edited (0 for a new report); a mismatch answers 409 */
            revision: number;
            strainLevel: components["schemas"]["StrainLevel"] | null;
            values: {
                /** @description For capacity indicators: the promised capacity */
                capacity?: number | null;
                /** Format: uuid */
                indicatorId: string;
                /** @description null = not reported (distinct from 0) */
                value: number | null;
            }[];
        };
        ReportDraftInput: {
            /** @description Utmaning */
            challenges: string;
            /** @description Nuläge: paragraphs and "- " bullet lines */
            currentSituation: string;
            /** @description Medskick */
            input: string;
            /** @description The revision you edited (0 for a new report); a mismatch answers 409 */
            revision: number;
            strainLevel: components["schemas"]["StrainLevelInput"] | null;
            values: {
                /** @description For capacity indicators: the promised capacity */
                capacity?: number | null;
                /** Format: uuid */
                indicatorId: string;
                /** @description null = not reported (distinct from 0) */
                value: number | null;
            }[];
        };
        /**
         * @description not_member: the organisation was not a member when the round closed for reports, so not expected
         * @enum {string}
         */
        ReportingCellStatus: "submitted" | "late" | "missing" | "not_member";
        /**
         * @description not_member: the organisation was not a member when the round closed for reports, so not expected
         * @enum {string}
         */
        ReportingCellStatusInput: "submitted" | "late" | "missing" | "not_member";
        ReportingExport: {
            /** Format: uuid */
            forumId: string;
            organizations: {
                expected: number;
                municipalityCode: string | null;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                organization: string;
                /** Format: uuid */
                organizationId: string;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
            }[];
            rounds: {
                expected: number;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                period: string;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
                round: string;
                /** Format: uuid */
                roundId: string;
            }[];
            /** @description One row per round and organisation that was expected or reported (long format), oldest round first */
            rows: components["schemas"]["ExportReportingRow"][];
            total: {
                expected: number;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
            };
        };
        ReportingExportInput: {
            /** Format: uuid */
            forumId: string;
            organizations: {
                expected: number;
                municipalityCode: string | null;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                organization: string;
                /** Format: uuid */
                organizationId: string;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
            }[];
            rounds: {
                expected: number;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                period: string;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
                round: string;
                /** Format: uuid */
                roundId: string;
            }[];
            /** @description One row per round and organisation that was expected or reported (long format), oldest round first */
            rows: components["schemas"]["ExportReportingRowInput"][];
            total: {
                expected: number;
                onTime: number;
                /** @description onTime / expected, 0–1 */
                onTimeRate: number | null;
                /** @description reported / expected, 0–1; null when nothing was expected */
                rate: number | null;
                reported: number;
            };
        };
        ReportInput: {
            challenges: string;
            currentSituation: string;
            deadline: string;
            /** Format: uuid */
            forumId: string;
            /** @description "Inget nytt" can start from the previous round's report */
            hasPreviousReport: boolean;
            hasUnsubmittedChanges: boolean;
            /** @description null until the first save */
            id: string | null;
            /** @description The indicators this organisation reports */
            indicators: components["schemas"]["IndicatorInput"][];
            input: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["ReportPermissionsInput"];
            /** @description The report "Inget nytt" copies: the latest submitted version of the previous round's report */
            previousReport: {
                roundTitle: string;
                /** @description ISO 8601 instant */
                submittedAt: string;
                version: number;
            } | null;
            /** @description 0 before the first save */
            revision: number;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            roundStatus: "open" | "closed";
            roundTitle: string;
            strainLevel: components["schemas"]["StrainLevelInput"] | null;
            /** @description 0 = never submitted */
            submittedVersion: number;
            updatedAt: string | null;
            updatedByName: string | null;
            values: {
                capacity: number | null;
                /** Format: uuid */
                indicatorId: string;
                value: number | null;
            }[];
            versions: {
                isLate: boolean;
                onBehalf: boolean;
                submittedAt: string;
                submittedByName: string;
                version: number;
            }[];
        };
        ReportPermissions: {
            /** @description Save, submit and amend the report (the round is open) */
            canEdit: boolean;
            /** @description The caller reports for this organisation (otherwise a coordinator files on the member's behalf) */
            isOwn: boolean;
        };
        ReportPermissionsInput: {
            /** @description Save, submit and amend the report (the round is open) */
            canEdit: boolean;
            /** @description The caller reports for this organisation (otherwise a coordinator files on the member's behalf) */
            isOwn: boolean;
        };
        ReportSubmit: {
            revision: number;
        };
        ReportSubmitInput: {
            revision: number;
        };
        Round: {
            closedAt: string | null;
            counts: {
                late: number;
                members: number;
                missing: number;
                submitted: number;
            };
            /** @description ISO 8601 instant */
            deadline: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            /** @description Readers see the lägesbild once it is published */
            isPublished: boolean;
            /** @description Opened by the recurring schedule */
            isScheduled: boolean;
            meetingAt: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodEnd: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodStart: string;
            permissions: components["schemas"]["RoundPermissions"];
            /** @enum {string} */
            status: "open" | "closed";
            /** @description The coordinator's summering */
            summary: string;
            summaryUpdatedAt: string | null;
            summaryUpdatedByName: string | null;
            /** @description e.g. "v. 53 2020" */
            title: string;
        };
        RoundCreate: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            deadlineDate: string;
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime: string;
            meetingAt?: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodEnd: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodStart: string;
            /** @description Defaults to "v. <ISO week> <year>" of the period start */
            title?: string;
        };
        RoundCreateInput: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            deadlineDate: string;
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime: string;
            meetingAt?: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodEnd: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodStart: string;
            /** @description Defaults to "v. <ISO week> <year>" of the period start */
            title?: string;
        };
        RoundInput: {
            closedAt: string | null;
            counts: {
                late: number;
                members: number;
                missing: number;
                submitted: number;
            };
            /** @description ISO 8601 instant */
            deadline: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /** Format: uuid */
            id: string;
            /** @description Readers see the lägesbild once it is published */
            isPublished: boolean;
            /** @description Opened by the recurring schedule */
            isScheduled: boolean;
            meetingAt: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodEnd: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            periodStart: string;
            permissions: components["schemas"]["RoundPermissionsInput"];
            /** @enum {string} */
            status: "open" | "closed";
            /** @description The coordinator's summering */
            summary: string;
            summaryUpdatedAt: string | null;
            summaryUpdatedByName: string | null;
            /** @description e.g. "v. 53 2020" */
            title: string;
        };
        RoundOverview: {
            indicators: {
                /** @description For capacity indicators: the promised capacity per row, like `values` */
                capacities: (number | null)[] | null;
                groups: {
                    /** @description Direction judged by higherIs */
                    assessment: ("better" | "worse" | "unchanged") | null;
                    capacity: number | null;
                    change: number | null;
                    /** @description The change is like for like: computed over the organisations that reported in both rounds */
                    comparedOver: number;
                    direction: ("up" | "down" | "same") | null;
                    expected: number;
                    /** @enum {string} */
                    method: "sum" | "median";
                    organizationKind: components["schemas"]["OrganizationKind"];
                    /** @description The same figure in the previous round, over all who reported then */
                    previousValue: number | null;
                    /** @description How many organisations reported a value */
                    reported: number;
                    value: number | null;
                }[];
                indicator: components["schemas"]["Indicator"];
                /** @description The previous round's figure per row, like `values`; null without a previous round */
                previousValues: (number | null)[] | null;
                total: {
                    /** @description Direction judged by higherIs */
                    assessment: ("better" | "worse" | "unchanged") | null;
                    capacity: number | null;
                    change: number | null;
                    /** @description The change is like for like: computed over the organisations that reported in both rounds */
                    comparedOver: number;
                    direction: ("up" | "down" | "same") | null;
                    expected: number;
                    /** @enum {string} */
                    method: "sum" | "median";
                    /** @description The same figure in the previous round, over all who reported then */
                    previousValue: number | null;
                    /** @description How many organisations reported a value */
                    reported: number;
                    value: number | null;
                };
                /** @description One per row of `rows`, in the same order; null = not reported */
                values: (number | null)[];
            }[];
            /** @description The round every change is measured against */
            previousRound: {
                /** Format: uuid */
                id: string;
                /** @description The previous period, with the same organisations reporting */
                isComparable: boolean;
                /** @description It ends the day before this round starts; otherwise periods are missing in between */
                isPreviousPeriod: boolean;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                /** @description Members that reported in both rounds */
                reportedBoth: number;
                reportedOnlyBefore: number;
                reportedOnlyNow: number;
                title: string;
            } | null;
            round: components["schemas"]["Round"];
            /** @description Member organisations in the forum's order */
            rows: {
                challenges: string | null;
                currentSituation: string | null;
                /** @description A draft exists but nothing is submitted yet, or an amendment is unsubmitted */
                hasDraft: boolean;
                input: string | null;
                onBehalf: boolean;
                /** Format: uuid */
                organizationId: string;
                organizationKind: components["schemas"]["OrganizationKind"];
                organizationName: string;
                /** @description The same organisation in the previous round; null when the forum has no earlier round */
                previous: {
                    /** @enum {string} */
                    status: "submitted" | "late" | "missing";
                    strainLevel: components["schemas"]["StrainLevel"] | null;
                } | null;
                shortName: string | null;
                /**
                 * @description late = submitted after the deadline
                 * @enum {string}
                 */
                status: "submitted" | "late" | "missing";
                /** @description The strain against the previous round; null when either round has none */
                strainChange: ("worse" | "better" | "same") | null;
                strainLevel: components["schemas"]["StrainLevel"] | null;
                submittedAt: string | null;
                submittedByName: string | null;
                version: number | null;
            }[];
            strainCounts: {
                critical: number;
                normal: number;
                strained: number;
                very_strained: number;
            };
        };
        RoundOverviewInput: {
            indicators: {
                /** @description For capacity indicators: the promised capacity per row, like `values` */
                capacities: (number | null)[] | null;
                groups: {
                    /** @description Direction judged by higherIs */
                    assessment: ("better" | "worse" | "unchanged") | null;
                    capacity: number | null;
                    change: number | null;
                    /** @description The change is like for like: computed over the organisations that reported in both rounds */
                    comparedOver: number;
                    direction: ("up" | "down" | "same") | null;
                    expected: number;
                    /** @enum {string} */
                    method: "sum" | "median";
                    organizationKind: components["schemas"]["OrganizationKindInput"];
                    /** @description The same figure in the previous round, over all who reported then */
                    previousValue: number | null;
                    /** @description How many organisations reported a value */
                    reported: number;
                    value: number | null;
                }[];
                indicator: components["schemas"]["IndicatorInput"];
                /** @description The previous round's figure per row, like `values`; null without a previous round */
                previousValues: (number | null)[] | null;
                total: {
                    /** @description Direction judged by higherIs */
                    assessment: ("better" | "worse" | "unchanged") | null;
                    capacity: number | null;
                    change: number | null;
                    /** @description The change is like for like: computed over the organisations that reported in both rounds */
                    comparedOver: number;
                    direction: ("up" | "down" | "same") | null;
                    expected: number;
                    /** @enum {string} */
                    method: "sum" | "median";
                    /** @description The same figure in the previous round, over all who reported then */
                    previousValue: number | null;
                    /** @description How many organisations reported a value */
                    reported: number;
                    value: number | null;
                };
                /** @description One per row of `rows`, in the same order; null = not reported */
                values: (number | null)[];
            }[];
            /** @description The round every change is measured against */
            previousRound: {
                /** Format: uuid */
                id: string;
                /** @description The previous period, with the same organisations reporting */
                isComparable: boolean;
                /** @description It ends the day before this round starts; otherwise periods are missing in between */
                isPreviousPeriod: boolean;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                periodStart: string;
                /** @description Members that reported in both rounds */
                reportedBoth: number;
                reportedOnlyBefore: number;
                reportedOnlyNow: number;
                title: string;
            } | null;
            round: components["schemas"]["RoundInput"];
            /** @description Member organisations in the forum's order */
            rows: {
                challenges: string | null;
                currentSituation: string | null;
                /** @description A draft exists but nothing is submitted yet, or an amendment is unsubmitted */
                hasDraft: boolean;
                input: string | null;
                onBehalf: boolean;
                /** Format: uuid */
                organizationId: string;
                organizationKind: components["schemas"]["OrganizationKindInput"];
                organizationName: string;
                /** @description The same organisation in the previous round; null when the forum has no earlier round */
                previous: {
                    /** @enum {string} */
                    status: "submitted" | "late" | "missing";
                    strainLevel: components["schemas"]["StrainLevelInput"] | null;
                } | null;
                shortName: string | null;
                /**
                 * @description late = submitted after the deadline
                 * @enum {string}
                 */
                status: "submitted" | "late" | "missing";
                /** @description The strain against the previous round; null when either round has none */
                strainChange: ("worse" | "better" | "same") | null;
                strainLevel: components["schemas"]["StrainLevelInput"] | null;
                submittedAt: string | null;
                submittedByName: string | null;
                version: number | null;
            }[];
            strainCounts: {
                critical: number;
                normal: number;
                strained: number;
                very_strained: number;
            };
        };
        RoundPermissions: {
            /** @description Change, close, reopen or publish the round, write its summering, send reminders */
            canEdit: boolean;
            /** @description Read the lägesbild */
            canViewOverview: boolean;
        };
        RoundPermissionsInput: {
            /** @description Change, close, reopen or publish the round, write its summering, send reminders */
            canEdit: boolean;
            /** @description Read the lägesbild */
            canViewOverview: boolean;
        };
        RoundReminderSettings: {
            /** @description Hours after the deadline that they are reminded again while the round is open; null: no reminder */
            hoursAfter: number | null;
            /** @description Hours before the deadline that organisations that have not reported are reminded; null: no reminder */
            hoursBefore: number | null;
        };
        RoundReminderSettingsInput: {
            /** @description Hours after the deadline that they are reminded again while the round is open; null: no reminder */
            hoursAfter: number | null;
            /** @description Hours before the deadline that organisations that have not reported are reminded; null: no reminder */
            hoursBefore: number | null;
        };
        RoundSchedule: {
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime: string;
            isActive: boolean;
            /** @description Days before the deadline that the round opens */
            openDaysBefore: number;
            /** @description ISO weekday of the deadline: 1 = Monday … 7 = Sunday */
            weekday: number;
        };
        RoundScheduleInput: {
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime: string;
            isActive: boolean;
            /** @description Days before the deadline that the round opens */
            openDaysBefore: number;
            /** @description ISO weekday of the deadline: 1 = Monday … 7 = Sunday */
            weekday: number;
        };
        RoundUpdate: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            deadlineDate?: string;
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime?: string;
            isPublished?: boolean;
            meetingAt?: string | null;
            /**
             * @description closed: no more reports or amendments
             * @enum {string}
             */
            status?: "open" | "closed";
            title?: string;
        };
        RoundUpdateInput: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            deadlineDate?: string;
            /** @description HH:MM, Europe/Stockholm */
            deadlineTime?: string;
            isPublished?: boolean;
            meetingAt?: string | null;
            /**
             * @description closed: no more reports or amendments
             * @enum {string}
             */
            status?: "open" | "closed";
            title?: string;
        };
        SearchHit: {
            agendaItemId: string | null;
            /**
             * Format: date
             * @description The round’s first day, or the meeting day
             */
            date: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /**
             * Format: uuid
             * @description The report, round, agenda item, decision or uppdrag
             */
            id: string;
            /** @description The item’s number as the minutes give it (§ 3, 4.2) */
            itemNumber: string | null;
            kind: components["schemas"]["SearchKind"];
            meetingId: string | null;
            meetingTitle: string | null;
            organizationId: string | null;
            organizationName: string | null;
            part: components["schemas"]["SearchPart"];
            roundId: string | null;
            roundTitle: string | null;
            /** @description Where the words were found, shortened around them */
            snippet: components["schemas"]["HighlightedText"];
            /** @description The organisation (report), the round (summary), the item (agenda item, decision) or the owner (uppdrag) */
            title: components["schemas"]["HighlightedText"];
        };
        SearchHitInput: {
            agendaItemId: string | null;
            /**
             * Format: date
             * @description The round’s first day, or the meeting day
             */
            date: string;
            /** Format: uuid */
            forumId: string;
            forumName: string;
            /**
             * Format: uuid
             * @description The report, round, agenda item, decision or uppdrag
             */
            id: string;
            /** @description The item’s number as the minutes give it (§ 3, 4.2) */
            itemNumber: string | null;
            kind: components["schemas"]["SearchKindInput"];
            meetingId: string | null;
            meetingTitle: string | null;
            organizationId: string | null;
            organizationName: string | null;
            part: components["schemas"]["SearchPartInput"];
            roundId: string | null;
            roundTitle: string | null;
            /** @description Where the words were found, shortened around them */
            snippet: components["schemas"]["HighlightedTextInput"];
            /** @description The organisation (report), the round (summary), the item (agenda item, decision) or the owner (uppdrag) */
            title: components["schemas"]["HighlightedTextInput"];
        };
        /**
         * @description report: a submitted lägesrapport (nuläge, utmaningar, medskick); summary: a round’s summering; agendaItem, decision, action: an item (title and notes), a decision or an uppdrag of a meeting held here; importedMinutes: any of those from imported old minutes
         * @enum {string}
         */
        SearchKind: "report" | "summary" | "agendaItem" | "decision" | "action" | "importedMinutes";
        /**
         * @description report: a submitted lägesrapport (nuläge, utmaningar, medskick); summary: a round’s summering; agendaItem, decision, action: an item (title and notes), a decision or an uppdrag of a meeting held here; importedMinutes: any of those from imported old minutes
         * @enum {string}
         */
        SearchKindInput: "report" | "summary" | "agendaItem" | "decision" | "action" | "importedMinutes";
        SearchPage: {
            /** @description More than `total` hits: only the newest 1,000 of each kind are ranked; narrow the search to reach the others */
            isTotalCapped: boolean;
            /** @description Most relevant first, then the newest (of a common word: among its newest 1,000 hits of each kind) */
            items: components["schemas"]["SearchHit"][];
            /** @description Every hit the caller may read, counted up to 1,000 (isTotalCapped says there are more) */
            total: number;
        };
        SearchPageInput: {
            /** @description More than `total` hits: only the newest 1,000 of each kind are ranked; narrow the search to reach the others */
            isTotalCapped: boolean;
            /** @description Most relevant first, then the newest (of a common word: among its newest 1,000 hits of each kind) */
            items: components["schemas"]["SearchHitInput"][];
            /** @description Every hit the caller may read, counted up to 1,000 (isTotalCapped says there are more) */
            total: number;
        };
        /**
         * @description What the hit is, also within imported minutes
         * @enum {string}
         */
        SearchPart: "report" | "summary" | "agendaItem" | "decision" | "action";
        /**
         * @description What the hit is, also within imported minutes
         * @enum {string}
         */
        SearchPartInput: "report" | "summary" | "agendaItem" | "decision" | "action";
        SignInOptions: {
            /** @description Whether the e-mail and password form is offered */
            passwordSignIn: boolean;
            /** @description The OpenID provider users may sign in through, when one is set up */
            provider: {
                /** @description The name on the button: "Logga in med …" */
                name: string;
            } | null;
        };
        SignInOptionsInput: {
            /** @description Whether the e-mail and password form is offered */
            passwordSignIn: boolean;
            /** @description The OpenID provider users may sign in through, when one is set up */
            provider: {
                /** @description The name on the button: "Logga in med …" */
                name: string;
            } | null;
        };
        SignInSettings: {
            /** @description Password sign-in can be turned off by this caller: a provider is set up and they signed in through it */
            canTurnOffPasswordSignIn: boolean;
            /** @description A person the provider vouches for but who has no account gets one, as a reader of no forum */
            createUnknownUsers: boolean;
            /** @description The organisation such new users belong to */
            newUserOrganizationId: string | null;
            newUserOrganizationName: string | null;
            /** @description Administrators allow sign-in with e-mail and password */
            passwordSignIn: boolean;
            /** @description SAMVERKAN_FORCE_PASSWORD_SIGN_IN keeps password sign-in open whatever this setting says */
            passwordSignInForced: boolean;
            /** @description The OpenID provider configured in the environment, if any */
            provider: {
                hsaIdClaim: string | null;
                issuer: string;
                name: string;
            } | null;
        };
        SignInSettingsInput: {
            /** @description Password sign-in can be turned off by this caller: a provider is set up and they signed in through it */
            canTurnOffPasswordSignIn: boolean;
            /** @description A person the provider vouches for but who has no account gets one, as a reader of no forum */
            createUnknownUsers: boolean;
            /** @description The organisation such new users belong to */
            newUserOrganizationId: string | null;
            newUserOrganizationName: string | null;
            /** @description Administrators allow sign-in with e-mail and password */
            passwordSignIn: boolean;
            /** @description SAMVERKAN_FORCE_PASSWORD_SIGN_IN keeps password sign-in open whatever this setting says */
            passwordSignInForced: boolean;
            /** @description The OpenID provider configured in the environment, if any */
            provider: {
                hsaIdClaim: string | null;
                issuer: string;
                name: string;
            } | null;
        };
        SignInSettingsUpdate: {
            createUnknownUsers: boolean;
            newUserOrganizationId: string | null;
            passwordSignIn: boolean;
        };
        SignInSettingsUpdateInput: {
            createUnknownUsers: boolean;
            newUserOrganizationId: string | null;
            passwordSignIn: boolean;
        };
        /**
         * @description normalläge / ansträngt / mycket ansträngt / kritiskt
         * @enum {string}
         */
        StrainLevel: "normal" | "strained" | "very_strained" | "critical";
        /**
         * @description normalläge / ansträngt / mycket ansträngt / kritiskt
         * @enum {string}
         */
        StrainLevelInput: "normal" | "strained" | "very_strained" | "critical";
        SummaryUpdate: {
            /** @description summaryUpdatedAt as last read; a mismatch answers 409 */
            expectedUpdatedAt: string | null;
            /** @description Summering; paragraphs and "- " bullet lines */
            summary: string;
        };
        SummaryUpdateInput: {
            /** @description summaryUpdatedAt as last read; a mismatch answers 409 */
            expectedUpdatedAt: string | null;
            /** @description Summering; paragraphs and "- " bullet lines */
            summary: string;
        };
        User: {
            createdAt: string;
            email: string;
            forumRoles: {
                /** Format: uuid */
                forumId: string;
                forumName: string;
                role: components["schemas"]["ForumRole"];
            }[];
            /** @description HSA-id by which the identity provider names the user */
            hsaId: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isAdmin: boolean;
            locale: components["schemas"]["Locale"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["UserPermissions"];
            /** @description Job title, e.g. "Socialchef" or "MAS" */
            title: string | null;
            updatedAt: string;
        };
        UserCreate: {
            /**
             * Format: email
             * @description Sign-in address, unique
             */
            email: string;
            /** @default [] */
            forumRoles: components["schemas"]["ForumRoleAssignment"][];
            hsaId?: string | null;
            /** @default false */
            isAdmin: boolean;
            /** @default sv */
            locale: components["schemas"]["Locale"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Initial password; without one the user cannot sign in yet */
            password?: string;
            title?: string | null;
        };
        UserCreateInput: {
            /**
             * Format: email
             * @description Sign-in address, unique
             */
            email: string;
            /** @default [] */
            forumRoles?: components["schemas"]["ForumRoleAssignmentInput"][];
            hsaId?: string | null;
            /** @default false */
            isAdmin?: boolean;
            /** @default sv */
            locale?: components["schemas"]["LocaleInput"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Initial password; without one the user cannot sign in yet */
            password?: string;
            title?: string | null;
        };
        UserInput: {
            createdAt: string;
            email: string;
            forumRoles: {
                /** Format: uuid */
                forumId: string;
                forumName: string;
                role: components["schemas"]["ForumRoleInput"];
            }[];
            /** @description HSA-id by which the identity provider names the user */
            hsaId: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            isAdmin: boolean;
            locale: components["schemas"]["LocaleInput"];
            name: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            permissions: components["schemas"]["UserPermissionsInput"];
            /** @description Job title, e.g. "Socialchef" or "MAS" */
            title: string | null;
            updatedAt: string;
        };
        UserPermissions: {
            /** @description Deactivate or reactivate the user */
            canDeactivate: boolean;
            /** @description Change the user, their roles and password */
            canEdit: boolean;
            /** @description Grant or remove administrator rights */
            canSetAdmin: boolean;
            /** @description Set the HSA-id by which the identity provider names the user */
            canSetHsaId: boolean;
        };
        UserPermissionsInput: {
            /** @description Deactivate or reactivate the user */
            canDeactivate: boolean;
            /** @description Change the user, their roles and password */
            canEdit: boolean;
            /** @description Grant or remove administrator rights */
            canSetAdmin: boolean;
            /** @description Set the HSA-id by which the identity provider names the user */
            canSetHsaId: boolean;
        };
        UserUpdate: {
            /** Format: email */
            email?: string;
            /** @description Replaces the roles in the forums the caller manages */
            forumRoles?: components["schemas"]["ForumRoleAssignment"][];
            hsaId?: string | null;
            /** @description false deactivates the user and ends their sessions */
            isActive?: boolean;
            isAdmin?: boolean;
            locale?: components["schemas"]["Locale"];
            name?: string;
            /** Format: uuid */
            organizationId?: string;
            /** @description At least 10 characters */
            password?: string;
            title?: string | null;
        };
        UserUpdateInput: {
            /** Format: email */
            email?: string;
            /** @description Replaces the roles in the forums the caller manages */
            forumRoles?: components["schemas"]["ForumRoleAssignmentInput"][];
            hsaId?: string | null;
            /** @description false deactivates the user and ends their sessions */
            isActive?: boolean;
            isAdmin?: boolean;
            locale?: components["schemas"]["LocaleInput"];
            name?: string;
            /** Format: uuid */
            organizationId?: string;
            /** @description At least 10 characters */
            password?: string;
            title?: string | null;
        };
        ValueExport: {
            /** Format: uuid */
            forumId: string;
            /** @description One row per filed figure (long format), oldest round first. A gap in reporting has no row, never a zero. */
            rows: components["schemas"]["ExportValueRow"][];
        };
        ValueExportInput: {
            /** Format: uuid */
            forumId: string;
            /** @description One row per filed figure (long format), oldest round first. A gap in reporting has no row, never a zero. */
            rows: components["schemas"]["ExportValueRowInput"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
