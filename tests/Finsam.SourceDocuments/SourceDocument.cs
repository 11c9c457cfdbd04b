using System.Text.RegularExpressions;

namespace Finsam.SourceDocuments;

// A made-up federation's plan as its officer wrote it, kept as plain text in docs/federations/
// (copied by this library's project file to the output of every project that references it).
public sealed class SourceDocument
{
    // A figure as the text prints it: "2 150 000", "-157 000", "13,6", "2027".
    private const string Figure = @"(-?\d+(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?)";

    private readonly string text;
    private readonly string[] lines;

    private SourceDocument(string text)
    {
        this.text = text;
        lines = text.ReplaceLineEndings("\n").Split('\n');
    }

    public static SourceDocument Load(string fileName) =>
        new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SourceDocuments", fileName)));

    // The whole plan as written.
    public string Text => text;

    public TextTable Table(string heading) => TextTable.Under(heading, lines);

    // The figures of the one passage that reads as `template`, where {0}, {1}, ... stand for
    // figures: Figures("ett underskott på {0} kr") is [157000] when the text says "ett underskott på 157 000 kr".
    public decimal[] Figures(string template)
    {
        var pattern = Regex.Replace(Regex.Escape(template), @"\\\{\d+}", Figure);
        var matches = Regex.Matches(text, pattern);
        return matches.Count == 1
            ? [.. matches[0].Groups.Values.Skip(1).Select(group => SwedishAmount.Parse(group.Value))]
            : throw new InvalidOperationException($"Expected the text to read \"{template}\" once, found it {matches.Count} times.");
    }
}
