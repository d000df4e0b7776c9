/** A static JSON file from an endpoint: `JSON.stringify`, UTF-8. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
