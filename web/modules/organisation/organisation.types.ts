// Shapes of the organisation API, taken from the generated schema (server/modules/organisation/organisation.contract.ts).
import type { ApiBody, ApiResponse } from '../../app/api/types';

type Org = '/api/administrations/{administrationId}/organisation';

export type Tree = ApiResponse<`${Org}/tree`, 'get'>;
export type Structure = Tree['structures'][number];
export type TreePost = Tree['posts'][number];
export type Rank = Tree['ranks'][number];
export type Holder = TreePost['holders'][number];

export type StructureListItem = ApiResponse<`${Org}/structures`, 'get'>['items'][number];
export type StructureDetail = ApiResponse<`${Org}/structures/{structureId}`, 'get'>;
export type StructureRef = StructureDetail['children'][number];
export type StructureWriteResult = ApiResponse<`${Org}/structures`, 'post'>;

export type PostListItem = ApiResponse<`${Org}/posts`, 'get'>['items'][number];
export type PostDetail = ApiResponse<`${Org}/posts/{postId}`, 'get'>;
export type PostWriteResult = ApiResponse<`${Org}/posts`, 'post'>;

export type Warnings = PostWriteResult['warnings'];
export type Duplicate = Warnings['duplicates'][number];

export type PersonList = ApiResponse<`${Org}/persons`, 'get'>;
export type PersonListItem = PersonList['items'][number];
export type Person = ApiResponse<`${Org}/persons`, 'post'>;
export type Civility = Person['civility'];
export type Interim = ApiResponse<`${Org}/interims`, 'get'>['items'][number];
export type ImportResult = ApiResponse<`${Org}/import`, 'post'>;

export type StructureBody = ApiBody<`${Org}/structures`, 'post'>;
export type PostBody = ApiBody<`${Org}/posts`, 'post'>;
export type PersonBody = ApiBody<`${Org}/persons`, 'post'>;
export type AssignmentBody = ApiBody<`${Org}/assignments`, 'post'>;
export type InterimBody = ApiBody<`${Org}/interims`, 'post'>;
