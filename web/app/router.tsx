import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../modules/auth/login.page';
import { DossierNewPage } from '../modules/dossiers/dossier-new.page';
import { DossierSettingsPage } from '../modules/dossiers/dossier-settings.page';
import { DossierPage } from '../modules/dossiers/dossier.page';
import { DossiersPage } from '../modules/dossiers/dossiers-list.page';
import { IntegrityPage } from '../modules/dossiers/integrity.page';
import { HomePage } from '../modules/home/home.page';
import { HomeRedirect } from '../modules/home/home-redirect';
import { NotFoundPage } from '../modules/home/not-found.page';
import { ImportExportPage } from '../modules/organisation/import-export.page';
import { OrgChartPage } from '../modules/organisation/org-chart.page';
import { PeoplePage } from '../modules/organisation/people.page';
import { PostDetailPage } from '../modules/organisation/post-detail.page';
import { PostFormPage } from '../modules/organisation/post-form.page';
import { PostsPage } from '../modules/organisation/posts.page';
import { StructureDetailPage } from '../modules/organisation/structure-detail.page';
import { StructureFormPage } from '../modules/organisation/structure-form.page';
import { StructuresPage } from '../modules/organisation/structures.page';
import { AudienceRequestsPage } from '../modules/agenda/audience-requests.page';
import { BriefingWritePage } from '../modules/agenda/briefing-write.page';
import { BriefingsPage } from '../modules/agenda/briefings.page';
import { EventFormPage } from '../modules/agenda/event-form.page';
import { EventPage } from '../modules/agenda/event.page';
import { FeedPage } from '../modules/agenda/feed.page';
import { PublicAudiencePage } from '../modules/agenda/public-audience.page';
import { PublicTrackingPage } from '../modules/agenda/public-tracking.page';
import { ReportTemplatePage } from '../modules/reports/report-template.page';
import { ReportsPage } from '../modules/reports/reports.page';
import { EntryPage } from '../modules/results/entry.page';
import { IndicatorsPage } from '../modules/results/indicators.page';
import { ProgrammePage } from '../modules/results/programme.page';
import { DirectiveFormPage } from '../modules/followup/directive-form.page';
import { DirectivePage } from '../modules/followup/directive.page';
import { DirectivesPage } from '../modules/followup/directives.page';
import { EscalationLadderPage } from '../modules/followup/escalation-ladder.page';
import { MeetingFormPage } from '../modules/followup/meeting-form.page';
import { MeetingPage } from '../modules/followup/meeting.page';
import { MeetingsPage } from '../modules/followup/meetings.page';
import { AppLayout } from './layout/app-layout';
import { RequireAuth } from './session';

// URLs are French, as users read and share them; see paths.ts.
export const router = createBrowserRouter([
  { path: '/connexion', element: <LoginPage /> },
  // public pages, outside the signed-in shell
  { path: '/audience/suivi/:token', element: <PublicTrackingPage /> },
  { path: '/audience/:administrationCode', element: <PublicAudiencePage /> },
  {
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'a/:administrationId',
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'organisation',
            children: [
              { index: true, element: <Navigate to="organigramme" replace /> },
              { path: 'organigramme', element: <OrgChartPage /> },
              { path: 'structures', element: <StructuresPage /> },
              { path: 'structures/nouvelle', element: <StructureFormPage /> },
              { path: 'structures/:structureId', element: <StructureDetailPage /> },
              { path: 'structures/:structureId/modifier', element: <StructureFormPage /> },
              { path: 'postes', element: <PostsPage /> },
              { path: 'postes/nouveau', element: <PostFormPage /> },
              { path: 'postes/:postId', element: <PostDetailPage /> },
              { path: 'postes/:postId/modifier', element: <PostFormPage /> },
              { path: 'personnes', element: <PeoplePage tab="persons" /> },
              { path: 'interims', element: <PeoplePage tab="interims" /> },
              { path: 'import-export', element: <ImportExportPage /> },
            ],
          },
          {
            path: 'agenda',
            children: [
              // FullCalendar is loaded with the calendar page only
              { index: true, lazy: async () => ({ Component: (await import('../modules/agenda/agenda.page')).AgendaPage }) },
              { path: 'evenements/nouveau', element: <EventFormPage /> },
              { path: 'evenements/:eventId', element: <EventPage /> },
              { path: 'evenements/:eventId/modifier', element: <EventFormPage /> },
              { path: 'demandes', element: <AudienceRequestsPage /> },
              { path: 'notes', element: <BriefingsPage scope="mine" /> },
              { path: 'notes/manquantes', element: <BriefingsPage scope="missing" /> },
              { path: 'notes/:briefingId', element: <BriefingWritePage /> },
              { path: 'mon-calendrier', element: <FeedPage /> },
            ],
          },
          {
            path: 'resultats',
            children: [
              // ECharts is loaded with the results pages only
              { index: true, lazy: async () => ({ Component: (await import('../modules/results/dashboard.page')).ResultsDashboardPage }) },
              { path: 'indicateurs', element: <IndicatorsPage /> },
              {
                path: 'indicateurs/:indicatorId',
                lazy: async () => ({ Component: (await import('../modules/results/indicator.page')).IndicatorPage }),
              },
              {
                path: 'programmes',
                lazy: async () => ({ Component: (await import('../modules/results/programmes.page')).ProgrammesPage }),
              },
              { path: 'programmes/:programmeId', element: <ProgrammePage /> },
              { path: 'saisie', element: <EntryPage /> },
              {
                path: 'structures/:structureId',
                lazy: async () => ({ Component: (await import('../modules/results/structure-dashboard.page')).StructureDashboardPage }),
              },
              {
                path: 'ma-structure',
                lazy: async () => ({ Component: (await import('../modules/results/structure-dashboard.page')).MyStructureRedirect }),
              },
              {
                path: 'tutelle',
                lazy: async () => ({ Component: (await import('../modules/results/oversight.page')).OversightPage }),
              },
              {
                path: 'import-export',
                lazy: async () => ({ Component: (await import('../modules/results/results-io.page')).ResultsImportExportPage }),
              },
            ],
          },
          {
            path: 'suivi',
            children: [
              { index: true, element: <Navigate to="mes-directives" replace /> },
              { path: 'mes-directives', element: <DirectivesPage key="mine" scope="mine" /> },
              { path: 'directives', element: <DirectivesPage key="all" scope="all" /> },
              { path: 'directives/nouvelle', element: <DirectiveFormPage /> },
              { path: 'directives/:directiveId', element: <DirectivePage /> },
              { path: 'directives/:directiveId/modifier', element: <DirectiveFormPage key="edit" /> },
              { path: 'reunions', element: <MeetingsPage /> },
              { path: 'reunions/nouvelle', element: <MeetingFormPage /> },
              { path: 'reunions/:meetingId', element: <MeetingPage /> },
              { path: 'reunions/:meetingId/modifier', element: <MeetingFormPage key="edit" /> },
              // ECharts is loaded with the indicators page only
              {
                path: 'indicateurs',
                lazy: async () => ({ Component: (await import('../modules/followup/followup-indicators.page')).FollowupIndicatorsPage }),
              },
              { path: 'relances', element: <EscalationLadderPage /> },
            ],
          },
          {
            path: 'dossiers',
            children: [
              { index: true, element: <DossiersPage mode="all" /> },
              { path: 'a-traiter', element: <DossiersPage mode="waiting" key="waiting" /> },
              { path: 'nouveau', element: <DossierNewPage /> },
              { path: 'integrite', element: <IntegrityPage /> },
              { path: 'reglages', element: <DossierSettingsPage /> },
              { path: ':dossierId', element: <DossierPage /> },
            ],
          },
          {
            path: 'rapports',
            children: [
              { index: true, element: <ReportsPage /> },
              { path: 'modeles/:kind', element: <ReportTemplatePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
