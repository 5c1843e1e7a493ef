// Shapes of the dossiers API, taken from the generated schema (server/modules/dossiers/dossiers.contract.ts).
import type { ApiBody, ApiResponse } from '../../app/api/types';

type Base = '/api/administrations/{administrationId}/dossiers';

export type DossierList = ApiResponse<Base, 'get'>;
export type DossierListItem = DossierList['items'][number];
export type Desk = DossierListItem['holders'][number];
export type DossierDetail = ApiResponse<`${Base}/{dossierId}`, 'get'>;
export type Timeline = ApiResponse<`${Base}/{dossierId}/timeline`, 'get'>;
export type TimelineEvent = Timeline['events'][number];
export type Step = DossierDetail['steps'][number];
export type SearchResult = ApiResponse<`${Base}/search`, 'get'>;
export type SearchItem = SearchResult['items'][number];
export type Extract = SearchItem['extracts'][number];
export type Stats = ApiResponse<`${Base}/stats`, 'get'>;
export type IntegrityReport = ApiResponse<`${Base}/integrity`, 'get'>;
export type Attachment = DossierDetail['attachments'][number];

export type DossierBody = ApiBody<Base, 'post'>;
export type AssignBody = ApiBody<`${Base}/{dossierId}/assignments`, 'post'>;
export type OpinionBody = ApiBody<`${Base}/{dossierId}/opinions`, 'post'>;
export type DecisionBody = ApiBody<`${Base}/{dossierId}/decision`, 'post'>;

export type DossierFilters = {
  status?: DossierListItem['status'];
  holder?: 'me' | 'imputation' | 'technical' | 'cabinet' | 'structure' | 'decision' | 'registry';
  isLate?: 'true' | 'false';
  confidentiality?: DossierListItem['confidentiality'];
  kind?: DossierListItem['kind'];
};
export type Circuit = ApiResponse<`${Base}/circuits`, 'get'>['items'][number];
export type CircuitBody = ApiBody<`${Base}/circuits/{kind}`, 'put'>;
export type SettingsBody = ApiBody<`${Base}/settings`, 'put'>;
