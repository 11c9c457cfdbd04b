using System.Globalization;
using System.Text;

namespace Finsam.LoadBenchmark;

// The issue's table, one row per line with its goal beside it, and the details each row
// comes from, as Markdown.
public sealed class Report
{
    // The issue's rows in its order, with its goals.
    public static readonly (string Key, string Path, string Goal)[] Rows =
    [
        ("reads", "gRPC read through the gateway vs straight to the service (16 streams); JSON vs gRPC at the gateway", "≥ 0.9× on both"),
        ("compute", "budget computation, one federation, through the gateway", "p50 ≤ 5 ms, p99 ≤ 20 ms at 200 req/s"),
        ("cpu", "CPU per computation", "a tenth (of 21.6 ms)"),
        ("rollup", "regional roll-up", "100 in ≤ 250 ms"),
        ("documents", "documents", "hold (DOCX 52 ms, HTML 33 ms, PDF 0.59 s, publish 0.65 s)"),
        ("start", "start (built) to healthy", "≤ 10 s"),
        ("memory", "memory per service (VmRSS)", "≤ 150 MB idle, ≤ 200 MB after load; browser bounded"),
        ("telemetry", "telemetry", "measured and chosen per environment"),
    ];

    private readonly Dictionary<string, string> _measured = [];
    private readonly List<string> _details = [];

    public List<string> Header { get; } = [];

    public void Set(string row, string measured) => _measured[row] = measured;

    public void Detail(string title, IEnumerable<string> headings, IEnumerable<IEnumerable<string>> lines, string? note = null)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        var columns = headings.ToList();
        text.AppendLine("| " + string.Join(" | ", columns) + " |");
        text.AppendLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var line in lines)
        {
            text.AppendLine("| " + string.Join(" | ", line) + " |");
        }
        if (note is not null)
        {
            text.AppendLine().AppendLine(note);
        }
        _details.Add(text.ToString());
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("## Finsam load benchmark (issue #17)").AppendLine();
        foreach (var line in Header)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }
        text.AppendLine().AppendLine("| path | measured | goal |").AppendLine("|---|---|---|");
        foreach (var (key, path, goal) in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {path} | {_measured.GetValueOrDefault(key, "not run")} | {goal} |");
        }
        text.AppendLine();
        foreach (var detail in _details)
        {
            text.AppendLine(detail);
        }
        return text.ToString();
    }

    // Figures as the table writes them: invariant culture, a few significant digits.
    public static string Ms(double ms) =>
        double.IsNaN(ms) ? "–" : ms >= 1000 ? F($"{ms / 1000:0.00} s") : ms >= 100 ? F($"{ms:0} ms") : F($"{ms:0.0} ms");

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => F($"{ratio:0.00}×");
}
