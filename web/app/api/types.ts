// Shortcuts to the generated request and response types.
import type { paths } from './schema';

type JsonContent<T> = T extends { content: { 'application/json': infer C } } ? C : never;

export type ApiResponse<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? JsonContent<Ok>
    : R extends { 201: infer Created }
      ? JsonContent<Created>
      : never
  : never;

export type ApiBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Me = ApiResponse<'/api/auth/me', 'get'>;
export type Membership = Me['administrations'][number];
