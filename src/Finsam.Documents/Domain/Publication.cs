namespace Finsam.Documents.Domain;

// A year's document is a draft until its budget is adopted: it can be rendered, marked as
// a draft on every page, but not published. With the budget adopted, each publication is
// a new version, numbered on from the last, and kept as it was published; a revised budget
// makes the document a draft again while the published versions stay.
public static class Publication
{
    public const int FirstVersion = 1;

    public static bool IsDraft(bool budgetAdopted) => !budgetAdopted;

    // Null when the document may be published now; otherwise why not, for the person who tried.
    public static string? WhyNot(bool budgetAdopted, string budget, int budgetVersion) =>
        IsDraft(budgetAdopted)
            ? $"The budget {budget} is not adopted (version {budgetVersion}); a draft is rendered, not published."
            : null;

    // The number of the next version, after the latest one published (none: null).
    public static int NextVersion(int? latest) => latest is { } last ? last + 1 : FirstVersion;
}
