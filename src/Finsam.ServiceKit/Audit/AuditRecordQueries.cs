namespace Finsam.ServiceKit.Audit;

// Which records of a trail a caller asks for, as the database searches them.
public static class AuditRecordQueries
{
    // The records about the resource and about what lies under it. StartsWith becomes LIKE
    // with the name's own '_' and '%' escaped (Npgsql), so a name matches only itself; the
    // trailing "/" keeps "efforts/y" from matching "efforts/y2".
    public static IQueryable<AuditRecordEntity> About(this IQueryable<AuditRecordEntity> records, string resource)
    {
        var under = resource + "/";
        return records.Where(r => r.Resource == resource || r.Resource.StartsWith(under));
    }
}
