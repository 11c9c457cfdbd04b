namespace Finsam.Budget.Domain.FollowUp.Csv;

// Something in a file that keeps it from being imported, at its line (1-based; 0 for the file as
// a whole), in Swedish for the officer who exported it: "Rad 7: beloppet ”12,5x” är inget belopp".
public sealed record CsvProblem(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"Rad {Line}: {Message}" : Message;
}
