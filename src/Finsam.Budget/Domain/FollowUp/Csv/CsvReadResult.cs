namespace Finsam.Budget.Domain.FollowUp.Csv;

// A file read whole, or every problem found in it (at most CsvActualsReader.MaxProblems) with its
// line; never part of a file.
public sealed record CsvReadResult(CsvActuals? Actuals, IReadOnlyList<CsvProblem> Problems)
{
    public bool Succeeded => Actuals is not null && Problems.Count == 0;
}
