/** `api/events.json`: every article's events, each with its `article` slug; by date. */
import type { APIRoute } from 'astro';
import { eventRecords } from '../../lib/api-records';
import { jsonResponse } from '../../lib/json-response';
import { siteIndex } from '../../lib/site-data';

export const GET: APIRoute = async () => jsonResponse(eventRecords(await siteIndex()));
