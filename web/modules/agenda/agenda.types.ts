// Shapes of the agenda API, taken from the generated schema (server/modules/agenda/*.contract.ts).
import type { ApiBody, ApiResponse } from '../../app/api/types';

type Agenda = '/api/administrations/{administrationId}/agenda';
type Audiences = '/api/administrations/{administrationId}/audiences';

export type EventList = ApiResponse<`${Agenda}/events`, 'get'>;
export type EventListItem = EventList['items'][number];
export type Clash = EventListItem['clashes'][number];
export type EventKind = EventListItem['kind'];
export type EventVisibility = EventListItem['visibility'];
export type EventDetail = ApiResponse<`${Agenda}/events/{eventId}`, 'get'>;
export type EventSummary = ApiResponse<`${Agenda}/search`, 'get'>['items'][number];
export type EventBody = ApiBody<`${Agenda}/events`, 'post'>;
export type AgendaSummary = ApiResponse<`${Agenda}/summary`, 'get'>;

export type Briefing = NonNullable<EventDetail['briefings']>[number];
export type BriefingWithEvent = ApiResponse<`${Agenda}/briefings/{briefingId}`, 'get'>;
export type BriefingRequestBody = ApiBody<`${Agenda}/events/{eventId}/briefings`, 'post'>;
export type Decision = EventDetail['decisions'][number];
export type DecisionsBody = ApiBody<`${Agenda}/events/{eventId}/decisions`, 'post'>;

export type FeedStatus = ApiResponse<`${Agenda}/feed`, 'get'>;
export type FeedCreated = ApiResponse<`${Agenda}/feed`, 'post'>;

export type AudienceList = ApiResponse<Audiences, 'get'>;
export type AudienceRequest = AudienceList['items'][number];
export type AudienceStatus = AudienceRequest['status'];
export type AcceptBody = ApiBody<`${Audiences}/{requestId}/accept`, 'post'>;
export type RedirectBody = ApiBody<`${Audiences}/{requestId}/redirect`, 'post'>;
export type InternalRequestBody = ApiBody<Audiences, 'post'>;
export type AudienceCreated = ApiResponse<Audiences, 'post'>;
export type TriageResult = ApiResponse<`${Audiences}/{requestId}/accept`, 'post'>;

export type PublicAdministration = ApiResponse<'/api/public/administrations/{administrationCode}', 'get'>;
export type PublicRequestBody = ApiBody<'/api/public/administrations/{administrationCode}/audience-requests', 'post'>;
export type AudienceTracking = ApiResponse<'/api/public/audience-requests/{token}', 'get'>;
