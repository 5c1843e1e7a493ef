-- Dossier events are append-only: no UPDATE, and no DELETE except through the deletion of their dossier
-- (a foreign key cascade runs inside a trigger, so pg_trigger_depth() > 1 there). The hash chain catches
-- what someone able to disable this trigger would still change (npm run verify-audit).
CREATE OR REPLACE FUNCTION dossier_events_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'dossier_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER dossier_events_append_only
  BEFORE UPDATE OR DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only();
