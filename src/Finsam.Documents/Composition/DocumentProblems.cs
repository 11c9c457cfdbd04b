namespace Finsam.Documents.Composition;

// Every template or text that could not be rendered, by the field that holds it.
public sealed class DocumentProblems(IReadOnlyList<(string Field, string Message)> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
{
    public IReadOnlyList<(string Field, string Message)> Problems { get; } = problems;
}
