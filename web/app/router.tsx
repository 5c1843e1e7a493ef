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
import { AppLayout } from './layout/app-layout';
import { RequireAuth } from './session';

// URLs are French, as users read and share them; see paths.ts.
export const router = createBrowserRouter([
  { path: '/connexion', element: <LoginPage /> },
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
