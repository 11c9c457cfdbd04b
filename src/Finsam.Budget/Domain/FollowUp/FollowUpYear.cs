namespace Finsam.Budget.Domain.FollowUp;

// A financial year's follow-up: open while actuals come in; closing fixes them and gives the
// year's closing equity, next year's opening; only a regional administrator reopens it.
public sealed class FollowUpYear(int year, long openingEquityOre)
{
    public int Year { get; } = year;

    public long OpeningEquityOre { get; } = openingEquityOre;

    public bool IsClosed { get; private set; }

    // A year opens with the previous year's closing equity where that year is closed (the
    // books' own figure), else with what the year's budget estimated.
    public static FollowUpYear Opening(int year, long? previousYearClosingOre, long budgetEstimateOre) =>
        new(year, previousYearClosingOre ?? budgetEstimateOre);

    public long? ResultOre { get; private set; }

    public long? ClosingEquityOre => ResultOre is { } result ? OpeningEquityOre + result : null;

    // Actuals are imported into an open year only.
    public bool TakesActuals => !IsClosed;

    public void Close(long actualResultOre)
    {
        if (IsClosed)
        {
            throw new InvalidOperationException($"The year {Year} is already closed.");
        }
        IsClosed = true;
        ResultOre = actualResultOre;
    }

    public void Reopen(bool byRegionalAdministrator)
    {
        if (!byRegionalAdministrator)
        {
            throw new UnauthorizedAccessException("Only a regional administrator reopens a closed year.");
        }
        if (!IsClosed)
        {
            throw new InvalidOperationException($"The year {Year} is not closed.");
        }
        IsClosed = false;
        ResultOre = null;
    }
}
