namespace Finsam.Sie;

// A file read whole, or every problem found in it with its line; never part of a file.
public sealed record SieReadResult(SieFile? File, IReadOnlyList<SieProblem> Problems)
{
    public bool Succeeded => File is not null && Problems.Count == 0;
}
