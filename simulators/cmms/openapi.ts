import type { CmmsApiVersion } from './render.ts';
import { priorityNames, workOrderStatuses } from './render.ts';

/**
 * The OpenAPI 3.1 document the simulator serves at /api/v1/openapi.json, per API version: the
 * `2024-06-01` document has COMPLETED instead of DONE and a string priority, exactly like the data.
 */
export function openApiDocument(version: CmmsApiVersion): Record<string, unknown> {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const page = (item: string) => ({
    type: 'object', required: ['data', 'nextCursor', 'hasMore'],
    properties: { data: { type: 'array', items: ref(item) }, nextCursor: { type: ['string', 'null'] }, hasMore: { type: 'boolean' } },
  });
  const dateTime = { type: 'string', format: 'date-time' };
  const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };
  const multi = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
    name, in: 'query', required: false, description, style: 'form', explode: true, schema: { type: 'array', items: schema },
  });
  const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, description, schema });
  const cursorParams = [
    q('cursor', { type: 'string' }, 'Opaque cursor from the previous page.'),
    q('limit', { type: 'integer', minimum: 1, maximum: 100, default: 50 }, 'Page size; values above 100 are clamped.'),
  ];
  const ok = (schema: Record<string, unknown>) => ({
    200: { description: 'OK', content: { 'application/json': { schema } } },
    401: { description: 'Missing, unknown or expired credentials', content: { 'application/json': { schema: ref('Error') } } },
    429: { description: 'Rate limited; honour Retry-After (seconds)', headers: { 'Retry-After': { schema: { type: 'integer' } } } },
  });
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const statusSchema = { type: 'string', enum: [...workOrderStatuses[version]] };
  const prioritySchema = version === '2024-06-01'
    ? { type: 'string', enum: [...priorityNames] }
    : { type: 'integer', minimum: 0, maximum: 3, description: '0 low, 1 medium, 2 high, 3 urgent' };
  return {
    openapi: '3.1.0',
    info: { title: 'Demo plant CMMS API', version, description: 'Simulated CMMS (DOMAIN.md §4). Send X-Api-Version to pick a version.' },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths: {
      '/auth': {
        post: {
          security: [], summary: 'Exchange an API key or username/password for an expiring bearer token',
          requestBody: { required: true, content: { 'application/json': { schema: {
            oneOf: [
              { type: 'object', required: ['apiKey'], properties: { apiKey: { type: 'string' } } },
              { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } },
            ] } } } },
          responses: ok({ type: 'object', required: ['token', 'expiresAt'], properties: { token: { type: 'string' }, expiresAt: dateTime } }),
        },
      },
      '/assets': {
        get: {
          summary: 'List assets',
          parameters: [q('updatedSince', dateTime, 'Assets updated at or after this instant (1 s granularity).'), multi('id', 'Only these asset ids (repeatable).'), ...cursorParams],
          responses: ok(page('Asset')),
        },
      },
      '/assets/{id}': { get: { parameters: [idParam], responses: { ...ok(ref('Asset')), 404: { description: 'Not found' } } } },
      '/work-orders': {
        get: {
          summary: 'List work orders, ordered by (updatedAt, id)',
          parameters: [
            multi('status', 'Repeatable status filter.', statusSchema), multi('assetId', 'Repeatable asset filter; use it to batch lookups.'),
            multi('type', 'Repeatable type filter.', ref('WorkOrderType')), multi('id', 'Only these work-order ids (repeatable).'),
            q('updatedAfter', dateTime, 'Updated strictly after this instant, compared at 1 s granularity: overlap and dedupe.'), ...cursorParams,
          ],
          responses: ok(page('WorkOrder')),
        },
      },
      '/work-orders/{id}': { get: { parameters: [idParam], responses: { ...ok(ref('WorkOrder')), 404: { description: 'Not found' } } } },
      '/failure-codes': { get: { summary: 'Failure-code tree: class → problem → cause → remedy', responses: ok({ type: 'object', properties: { data: { type: 'array', items: ref('FailureCode') } } }) } },
      '/locations': { get: { responses: ok({ type: 'object', properties: { data: { type: 'array', items: ref('Location') } } }) } },
      '/pm-schedules': { get: { parameters: [multi('assetId', 'Repeatable asset filter.')], responses: ok(page('PmSchedule')) } },
      '/meters': { get: { parameters: [multi('assetId', 'Repeatable asset filter.'), multi('id', 'Only these meter ids.')], responses: ok(page('Meter')) } },
      '/meters/{id}/readings': {
        get: {
          parameters: [idParam, q('from', dateTime, 'Inclusive.'), q('to', dateTime, 'Exclusive.'), q('cursor', { type: 'string' }, 'Opaque cursor.'),
            q('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 500 }, 'Page size.')],
          responses: { ...ok(page('Reading')), 404: { description: 'No such meter' } },
        },
      },
      '/meter-readings': {
        get: {
          summary: 'Readings of several meters at once (batch form of /meters/{id}/readings)',
          parameters: [multi('meterId', 'Repeatable meter filter (required).'), q('from', dateTime, 'Inclusive.'), q('to', dateTime, 'Exclusive.'),
            q('cursor', { type: 'string' }, 'Opaque cursor.'), q('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 500 }, 'Page size.')],
          responses: ok(page('Reading')),
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Token from POST /auth; expires, refresh before expiresAt.' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        WorkOrderType: { type: 'string', enum: ['CORRECTIVE', 'PREVENTIVE', 'INSPECTION', 'CALIBRATION'] },
        Asset: {
          type: 'object',
          required: ['id', 'assetTag', 'name', 'serialNumber', 'manufacturer', 'model', 'locationId', 'parentId', 'criticality', 'status', 'installedAt', 'retiredAt', 'updatedAt', 'customFields'],
          properties: {
            id: { type: 'string' }, assetTag: { type: 'string' }, name: { type: 'string' }, serialNumber: { type: 'string' },
            manufacturer: { type: 'string' }, model: { type: 'string' }, locationId: { type: 'string' }, parentId: { type: ['string', 'null'] },
            criticality: { type: 'string', enum: ['A', 'B', 'C'] }, status: { type: 'string', enum: ['active', 'down', 'retired'] },
            installedAt: dateTime, retiredAt: nullableDateTime, updatedAt: dateTime,
            customFields: { type: 'object', properties: { erpResourceId: { type: 'string', description: 'ERP ResourceID; may be blank.' } } },
          },
        },
        WorkOrder: {
          type: 'object',
          required: ['id', 'number', 'title', 'type', 'status', 'priority', 'assetId', 'failure', 'reportedAt', 'reportedAtEpoch', 'createdAt', 'updatedAt'],
          properties: {
            id: { type: 'string' }, number: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' },
            type: ref('WorkOrderType'), status: statusSchema, priority: prioritySchema, assetId: { type: 'string' },
            failure: { oneOf: [{ type: 'null' }, { type: 'object', properties: { classCode: { type: 'string' }, problemCode: { type: 'string' }, causeCode: { type: 'string' }, remedyCode: { type: 'string' } } }] },
            reportedAt: { ...nullableDateTime, description: 'null on requests raised through the legacy request portal; read reportedAtEpoch.' },
            reportedAtEpoch: { type: 'integer', description: 'Legacy: reportedAt in epoch milliseconds (epoch seconds on legacy request-portal records).' },
            startedAt: nullableDateTime, completedAt: nullableDateTime, downtimeMinutes: { type: 'number' }, laborHours: { type: 'number' },
            partsUsed: { type: 'array', items: { type: 'string' } }, createdAt: dateTime, updatedAt: dateTime,
          },
        },
        FailureCode: { type: 'object', properties: { code: { type: 'string' }, level: { type: 'string', enum: ['class', 'problem', 'cause', 'remedy'] }, description: { type: 'string' }, children: { type: 'array', items: ref('FailureCode') } } },
        Location: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, parentId: { type: ['string', 'null'] }, kind: { type: 'string' } } },
        PmSchedule: { type: 'object', properties: { id: { type: 'string' }, assetId: { type: 'string' }, title: { type: 'string' }, intervalDays: { type: 'integer' }, nextDueAt: dateTime } },
        Meter: { type: 'object', properties: { id: { type: 'string' }, assetId: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string', enum: ['cumulative', 'gauge'] }, unit: { type: 'string' }, rolloverAt: { type: ['number', 'null'], description: 'Last value before the counter shows 0 again.' } } },
        Reading: { type: 'object', required: ['value', 'unit', 'readingAt', 'source'], properties: { meterId: { type: 'string' }, value: { type: 'number' }, unit: { type: 'string' }, readingAt: dateTime, source: { type: 'string', enum: ['manual', 'sensor'] } } },
      },
    },
  };
}
