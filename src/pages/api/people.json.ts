/** `api/people.json`: everyone the articles name, merged by id, with their counts per article. */
import type { APIRoute } from 'astro';
import { peopleRecords } from '../../lib/api-records';
import { jsonResponse } from '../../lib/json-response';
import { siteIndex } from '../../lib/site-data';

export const GET: APIRoute = async () => jsonResponse(peopleRecords(await siteIndex()));
