// "Modifier" in a page's header: a link styled as a button, to the item's edit form.
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { IconPencil } from '../../ui/icons';

export function EditLink({ to, label }: { to: string; label: string }) {
  return (
    <Button component={Link} to={to} variant="default" leftSection={<IconPencil size={16} />}>
      {label}
    </Button>
  );
}
