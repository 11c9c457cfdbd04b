using Finsam.Contracts.Documents.V1;
using BudgetStatus = Finsam.Contracts.Budget.V1.BudgetStatus;

namespace Finsam.Documents.Domain;

// A year's plan is a draft until its budget is adopted; a year's annual report until the year
// is closed. A draft can be rendered, marked as a draft on every page, but not published.
// Once final, each publication is a new version, numbered on from the last, and kept as it was
// published; a revised budget or a reopened year makes the document a draft again while the
// published versions stay.
public static class Publication
{
    public const int FirstVersion = 1;

    public static bool IsDraft(DocumentInputs inputs) =>
        inputs.Kind == DocumentKind.AnnualReport ? inputs.Closing is null : inputs.Budget.Status != BudgetStatus.Adopted;

    // Null when the document may be published now; otherwise why not, for the person who tried.
    public static string? WhyNot(DocumentInputs inputs) => !IsDraft(inputs)
        ? null
        : inputs.Kind == DocumentKind.AnnualReport
            ? $"The year {inputs.Year} is not closed; a draft annual report is rendered, not published."
            : $"The budget {inputs.Budget.Name} is not adopted (version {inputs.Budget.Version}); a draft is rendered, not published.";

    // What a draft says on every page.
    public static string DraftMark(DocumentKind kind) =>
        kind == DocumentKind.AnnualReport ? "UTKAST – året ej avslutat" : "UTKAST – ej antagen";

    // The files' name without extension, e.g. "arsredovisning-2026-sundsvall".
    public static string FileName(DocumentKind kind, int year, string federationId) =>
        kind == DocumentKind.AnnualReport ? $"arsredovisning-{year}-{federationId}" : $"verksamhetsplan-och-budget-{year}-{federationId}";

    // The number of the next version, after the latest one published (none: null).
    public static int NextVersion(int? latest) => latest is { } last ? last + 1 : FirstVersion;
}
