namespace Finsam.Sie;

// Something in a file that keeps it from being imported, at its line (1-based), in Swedish for
// the officer who exported it: "Rad 12: beloppet ”12,5x” är inget belopp".
public sealed record SieProblem(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"Rad {Line}: {Message}" : Message;
}
