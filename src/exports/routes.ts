import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import type { Actor } from '../auth/service.ts';
import { requireActor } from '../auth/routes.ts';
import { forumIdParams } from '../indicators/schema.ts';
import type { Db } from '../platform/db.ts';
import type { App } from '../platform/http.ts';
import { pickLocale } from '../platform/i18n.ts';
import type { Labels, Locale } from '../platform/labels.ts';
import type { TrendQuery } from '../trends/schema.ts';
import { reportingCsv, reportingXlsx, valuesCsv, valuesXlsx } from './files.ts';
import { exportQuerySchema, reportingExportSchema, valueExportSchema, type ExportQuery } from './schema.ts';
import { getReportingExport, getValueExport } from './service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Who may export: whoever may read the figures, round by round (the trends' rule), and the API
 * tokens of the forum. src/api-tokens lets a token reach exactly the routes that list `apiToken`.
 */
const security: { [scheme: string]: string[] }[] = [{ session: [] }, { apiToken: [] }];

interface Dataset<Data> {
  path: string;
  fileName: Labels;
  summary: string;
  schema: z.ZodType<Data>;
  load: (db: Db, actor: Actor, forumId: string, query: TrendQuery, locale: Locale) => Promise<Data>;
  csv: (data: Data, locale: Locale) => string;
  xlsx: (data: Data, locale: Locale) => Promise<Buffer>;
}

const values: Dataset<z.infer<typeof valueExportSchema>> = {
  path: 'values',
  fileName: { sv: 'indikatorvarden', en: 'indicator-values' },
  summary:
    "The forum's indicator values in long format: one row per round, organisation and indicator filed, from the rounds the caller may read",
  schema: valueExportSchema,
  load: getValueExport,
  csv: valuesCsv,
  xlsx: valuesXlsx,
};

const reporting: Dataset<z.infer<typeof reportingExportSchema>> = {
  path: 'reporting',
  fileName: { sv: 'inrapportering', en: 'reporting' },
  summary:
    'Reporting discipline in long format: per round and organisation expected, reported and on time, with the rates per organisation, per round and for the forum',
  schema: reportingExportSchema,
  load: getReportingExport,
  csv: reportingCsv,
  xlsx: reportingXlsx,
};

const fileDate = () => new Date().toISOString().slice(0, 10);

/** The dataset as JSON for other systems, and as CSV and XLSX files for people. */
function registerDataset<Data>(app: App, ctx: AppContext, dataset: Dataset<Data>) {
  const url = `/api/forums/:forumId/exports/${dataset.path}`;
  const schema = { tags: ['exports'], security, params: forumIdParams, querystring: exportQuerySchema };
  const load = async (request: FastifyRequest, forumId: string, { lang, ...query }: ExportQuery) => {
    const locale: Locale = lang ?? pickLocale(request, request.userLocale);
    return { locale, data: await dataset.load(ctx.db, requireActor(request), forumId, query, locale) };
  };

  app.get(url, {
    schema: { ...schema, summary: dataset.summary, response: { 200: dataset.schema as z.ZodType } },
    handler: async (request) => (await load(request, request.params.forumId, request.query)).data,
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`${url}.${format}`, {
      schema: {
        ...schema,
        summary:
          format === 'csv'
            ? `As CSV for Excel with Swedish settings (semicolons, decimal comma, UTF-8 with BOM, formulas defused): ${dataset.summary}`
            : `As an Excel workbook with number and date cells: ${dataset.summary}`,
      },
      handler: async (request, reply) => {
        const { locale, data } = await load(request, request.params.forumId, request.query);
        const body = format === 'csv' ? dataset.csv(data, locale) : await dataset.xlsx(data, locale);
        return reply
          .type(format === 'csv' ? CSV_TYPE : XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${dataset.fileName[locale]}-${fileDate()}.${format}"`)
          .send(body);
      },
    });
  }
}

export async function exportRoutes(app: App, ctx: AppContext) {
  registerDataset(app, ctx, values);
  registerDataset(app, ctx, reporting);
}
