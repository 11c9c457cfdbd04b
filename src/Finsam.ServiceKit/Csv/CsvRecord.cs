namespace Finsam.ServiceKit.Csv;

// One record of the file: the line it starts on, its fields unquoted, or what is wrong with its
// quoting (and then fields that are not to be trusted).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Problem = null)
{
    // A line with nothing in it, or only separators, as Excel writes for rows that once held
    // something: no row at all.
    public bool IsBlank => Problem is null && Fields.All(string.IsNullOrWhiteSpace);
}
