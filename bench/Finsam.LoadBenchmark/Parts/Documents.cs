using System.Diagnostics;
using Finsam.Contracts.Documents.V1;
using Finsam.LoadBenchmark.Load;
using Finsam.SystemTests.Documents;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 5: Sundsvall's plan (its budget adopted) rendered as DOCX, HTML and PDF, and published
// (every format kept as a new version): the median of three each, the first PDF apart (the
// documents service may start its browser for it).
public static class Documents
{
    public static async Task RunAsync(BenchmarkSystem system, Report report)
    {
        var id = await SundsvallDocument.SetUpAsync(system, adopted: true);

        var firstPdf = await TimeAsync(() => DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf));
        var medians = new Dictionary<string, double>();
        foreach (var format in new[] { FileFormat.Docx, FileFormat.Html, FileFormat.Pdf })
        {
            medians[format.ToString().ToUpperInvariant()] = await MedianOfThreeAsync(() => DocumentFile.RenderAsync(system.Documents, id, format));
        }
        medians["publish"] = await MedianOfThreeAsync(() => system.Documents.PublishDocumentAsync(new PublishDocumentRequest
        {
            Parent = $"federations/{id}/documents/2022",
            RequestId = Guid.NewGuid().ToString("N"),
        }).ResponseAsync);

        report.Set("documents", F($"DOCX {Ms(medians["DOCX"])}, HTML {Ms(medians["HTML"])}, PDF {Ms(medians["PDF"])}, publish {Ms(medians["publish"])} (first PDF {Ms(firstPdf.TotalMilliseconds)})"));
        report.Detail("Documents (row 5): through the gateway, median of 3", ["what", "median"],
            [.. medians.Select(m => new[] { m.Key, Ms(m.Value) }), ["first PDF", Ms(firstPdf.TotalMilliseconds)]],
            "RenderDocument streamed over gRPC and put back together (its hash checked); publish renders every format and keeps them.");
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call();
        return clock.Elapsed;
    }

    private static async Task<double> MedianOfThreeAsync(Func<Task> call)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            times.Add(await TimeAsync(call));
        }
        return Latencies.MedianOf(times);
    }
}
