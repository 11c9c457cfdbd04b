namespace Finsam.Budget.Data;

// A version as the board adopted it; never changed afterwards.
public sealed class AdoptedBudgetEntity
{
    public required string FederationId { get; init; }

    public int FirstYear { get; init; }

    public int Version { get; init; }

    public DateOnly AdoptedOn { get; init; }

    public required string ReferenceNumber { get; init; }

    public required string DocumentJson { get; init; }

    // What funding and grants said when it was adopted (AdoptedInputs); none for versions
    // adopted before inputs were kept.
    public string? InputsJson { get; init; }

    // The report computed at adoption (a BudgetReport, protobuf), and what else it was computed
    // with (AdoptedReportKey): served while that is unchanged, so an adopted version is not
    // computed again, not even after a restart. None where it cannot be checked later.
    public byte[]? Report { get; init; }

    public string? ReportKey { get; init; }

    public DateTimeOffset CreateTime { get; init; }
}
