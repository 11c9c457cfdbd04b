namespace Finsam.ServiceKit.Audit;

// A row of a service's append-only audit trail. The table refuses UPDATE and DELETE
// (see AuditTrailSql), so what is written here stays as it was written.
public sealed class AuditRecordEntity
{
    public long Sequence { get; set; }

    // The tenant the change belongs to, so a federation's auditors read only theirs.
    public required string Federation { get; init; }

    public required DateTimeOffset Time { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public required string Resource { get; init; }

    public string? BeforeJson { get; init; }

    public string? AfterJson { get; init; }
}
