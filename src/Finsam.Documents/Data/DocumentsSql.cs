namespace Finsam.Documents.Data;

// Published documents are records: the database itself refuses to change or remove one.
internal static class DocumentsSql
{
    public const string MakePublishedAppendOnly = """
        CREATE FUNCTION published_documents_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Published documents are kept as published: % is not allowed.', TG_OP;
        END;
        $$;
        CREATE TRIGGER document_versions_append_only BEFORE UPDATE OR DELETE ON document_versions
            FOR EACH ROW EXECUTE FUNCTION published_documents_refuse_change();
        CREATE TRIGGER document_files_append_only BEFORE UPDATE OR DELETE ON document_files
            FOR EACH ROW EXECUTE FUNCTION published_documents_refuse_change();
        """;

    public const string DropPublishedAppendOnly = """
        DROP TRIGGER IF EXISTS document_files_append_only ON document_files;
        DROP TRIGGER IF EXISTS document_versions_append_only ON document_versions;
        DROP FUNCTION IF EXISTS published_documents_refuse_change();
        """;
}
