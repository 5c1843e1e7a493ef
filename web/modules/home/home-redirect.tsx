import { Navigate } from 'react-router';
import { lastAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { useSignedInMe } from '../../app/session';
import { NotFoundPage } from './not-found.page';

// "/" opens the administration used last on this browser, else the first one.
export function HomeRedirect() {
  const me = useSignedInMe();
  const last = lastAdministration();
  const target = me.administrations.find((a) => a.administrationId === last) ?? me.administrations[0];
  if (!target) return <NotFoundPage noAdministration />;
  return <Navigate to={paths.home(target.administrationId)} replace />;
}
