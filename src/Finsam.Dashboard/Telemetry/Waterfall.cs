namespace Finsam.Dashboard.Telemetry;

// A trace laid out as a waterfall: each span under its parent, placed on the trace's
// timeline as a share of its whole length.
public sealed record Waterfall(DateTimeOffset Start, TimeSpan Duration, IReadOnlyList<WaterfallRow> Rows)
{
    public static Waterfall Of(IReadOnlyList<SpanRecord> spans)
    {
        var start = spans.Min(s => s.Start);
        var duration = spans.Max(s => s.End) - start;
        var total = Math.Max(duration.Ticks, 1);
        var ids = spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        var children = spans.ToLookup(s => ids.Contains(s.ParentSpanId) ? s.ParentSpanId : "");
        var rows = new List<WaterfallRow>();

        void Visit(SpanRecord span, int depth)
        {
            rows.Add(new WaterfallRow(span, depth, (span.Start - start).Ticks / (double)total, span.Duration.Ticks / (double)total));
            foreach (var child in children[span.SpanId].OrderBy(c => c.Start))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in children[""].OrderBy(s => s.Start))
        {
            Visit(root, 0);
        }
        return new Waterfall(start, duration, rows);
    }
}

public sealed record WaterfallRow(SpanRecord Span, int Depth, double Offset, double Width);
