/** `api/quotes.json`: every article's quotes, each with its `article` slug; newest article first. */
import type { APIRoute } from 'astro';
import { quoteRecords } from '../../lib/api-records';
import { jsonResponse } from '../../lib/json-response';
import { siteIndex } from '../../lib/site-data';

export const GET: APIRoute = async () => jsonResponse(quoteRecords(await siteIndex()));
