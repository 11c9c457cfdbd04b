namespace Finsam.ServiceKit.Audit;

// Makes the audit table append-only in the database itself, so not even a bug in a
// service (or a hand at psql without superuser rights) can rewrite history.
public static class AuditTrailSql
{
    public const string MakeAppendOnly = $"""
        CREATE FUNCTION audit_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit trail is append-only: % is not allowed.', TG_OP;
        END;
        $$;
        CREATE TRIGGER audit_records_append_only
            BEFORE UPDATE OR DELETE ON {AuditTrailModel.TableName}
            FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change();
        CREATE TRIGGER audit_records_no_truncate
            BEFORE TRUNCATE ON {AuditTrailModel.TableName}
            FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records;
        DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records;
        DROP FUNCTION IF EXISTS audit_records_refuse_change();
        """;
}
