// Shapes of the follow-up API, taken from the generated schema (server/modules/followup/*.contract.ts).
import type { ApiBody, ApiResponse } from '../../app/api/types';
import type { paths } from '../../app/api/schema';

type Admin = '/api/administrations/{administrationId}';

export type DirectivePage = ApiResponse<`${Admin}/directives`, 'get'>;
export type DirectiveSummary = DirectivePage['items'][number];
export type DirectiveQuery = NonNullable<paths[`${Admin}/directives`]['get']['parameters']['query']>;
export type DirectiveDetail = ApiResponse<`${Admin}/directives/{directiveId}`, 'get'>;
export type DirectiveUpdate = DirectiveDetail['updates'][number];
export type DirectiveCreateBody = ApiBody<`${Admin}/directives`, 'post'>;
export type ProgressBody = ApiBody<`${Admin}/directives/{directiveId}/progress`, 'post'>;
export type ReminderList = ApiResponse<`${Admin}/directives/{directiveId}/reminders`, 'get'>;
export type Attachment = DirectiveUpdate['attachments'][number];

export type MeetingPage = ApiResponse<`${Admin}/meetings`, 'get'>;
export type MeetingSummary = MeetingPage['items'][number];
export type MeetingDetail = ApiResponse<`${Admin}/meetings/{meetingId}`, 'get'>;
export type MeetingCreateBody = ApiBody<`${Admin}/meetings`, 'post'>;
export type MeetingDecisionsBody = ApiBody<`${Admin}/meetings/{meetingId}/decisions`, 'post'>;
export type Chair = ApiResponse<`${Admin}/meetings/chair`, 'get'>;

export type MeetingKind = MeetingSummary['kind'];
export type DirectiveStatus = DirectiveSummary['status'];
export type Priority = DirectiveSummary['priority'];
export type Confidentiality = DirectiveSummary['confidentiality'];
export type SourceType = DirectiveSummary['sourceType'];

export type NotificationPage = ApiResponse<'/api/notifications', 'get'>;
export type AppNotification = NotificationPage['items'][number];

export const meetingKinds: MeetingKind[] = [
  'management_committee',
  'cabinet_meeting',
  'strategic_dialogue',
  'operational_dialogue',
  'other',
];
export const priorities: Priority[] = ['low', 'normal', 'high', 'urgent'];
export const confidentialities: Confidentiality[] = ['normal', 'sensitive', 'reserved'];
export const sourceTypes: SourceType[] = ['meeting', 'audience', 'dossier_decision', 'direct_instruction', 'evaluation', 'audit'];

export type DirectiveUpdateBody = ApiBody<`${Admin}/directives/{directiveId}`, 'patch'>;
export type MeetingUpdateBody = ApiBody<`${Admin}/meetings/{meetingId}`, 'patch'>;
export type Ladder = ApiResponse<`${Admin}/escalation-ladder`, 'get'>;
export type LadderBody = ApiBody<`${Admin}/escalation-ladder`, 'put'>;
export type LadderRecipient = LadderBody['steps'][number]['recipient'];
export type Indicators = ApiResponse<`${Admin}/directives/indicators`, 'get'>;
export type IndicatorsQuery = NonNullable<paths[`${Admin}/directives/indicators`]['get']['parameters']['query']>;
export type IndicatorValues = Indicators['totals'];

export const ladderRecipients: LadderRecipient[] = ['assignee', 'head_of_structure', 'secretary_general', 'chief_of_staff', 'head'];
