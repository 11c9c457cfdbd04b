namespace Finsam.Budget.Data;

// A forecast as reported at its date: inserted once, never updated (locked).
public sealed class SavedForecastEntity
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    // 1, 2, ... per federation and year, in the order saved.
    public int Number { get; init; }

    public required string DocumentJson { get; init; }
}
