using System.Diagnostics;
using System.Globalization;
using Finsam.LoadBenchmark;
using Finsam.LoadBenchmark.Load;
using Finsam.LoadBenchmark.Parts;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;
using static Finsam.LoadBenchmark.Report;

// The load benchmark of issue #17 (README, "Speed and memory"): one run starts the system,
// measures each part in turn, prints the issue's table and keeps it in bench/results/.
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception problem) when (problem is ArgumentException or FormatException)
{
    Console.Error.WriteLine(problem.Message);
    return 2;
}

var run = Stopwatch.StartNew();
void Progress(string what) => Console.Error.WriteLine(F($"[{run.Elapsed.TotalSeconds,5:0} s] {what}"));
bool Runs(string part) => options.Parts.Contains(part);

var repository = Repository.Root();
var report = new Report();
report.Header.Add($"{DateTime.Now:yyyy-MM-dd HH:mm} on {Repository.Commit(repository)}, {Environment.ProcessorCount} cores ({Machine.CpuModel()}){(options.Quick ? ", --quick" : "")}");
if (options.ServiceEnvironment.Count > 0)
{
    report.Header.Add("Every process also had " + string.Join(", ", options.ServiceEnvironment.Select(kv => $"{kv.Key}={kv.Value}")) + " (--service-env).");
}
report.Header.Add($"Telemetry: every process on the {BenchmarkSystem.TelemetryProfile} profile (Finsam:Telemetry, README), the dashboard receiving; the telemetry row puts full tracing's cost beside it.");
report.Header.Add(F($"Gateway rate limit: {BenchmarkSystem.PermitsPerWindow:N0} requests per {BenchmarkSystem.Window.TotalSeconds:0} s per client (raised from the default 2 000 per 10 s through the AppHost's gateway resource, RateLimits__PermitsPerWindow); one client, the finsam-admin app's token, sends everything.").Replace(',', ' '));

async Task Part(string row, Func<Task> part)
{
    try
    {
        await part();
    }
    catch (Exception failure) when (failure is Grpc.Core.RpcException or HttpRequestException or TimeoutException or InvalidOperationException)
    {
        Progress($"{row} failed: {failure}");
        report.Set(row, $"failed: {ClosedLoop.Describe(failure)}");
    }
}

var memory = new Memory();
string dataDirectory;
Progress("starting the system (the AppHost's model)");
await using (var system = await BenchmarkSystem.StartAsync(options.ServiceEnvironment))
{
    dataDirectory = system.App.DataDirectory;
    Startup.Report(system, report);
    report.Header.Add($"Services run as {Machine.CommandOf(system.Processes()["funding"])} (and likewise the others).");
    Progress(F($"healthy in {system.StartedIn.TotalSeconds:0.0} s; idle for {options.Idle.TotalSeconds:0} s"));
    await Task.Delay(options.Idle);
    memory.ReadIdle(system);

    var federation = await SundsvallBudget.SetUpAsync(system);
    // The computation last: the heaviest load, after which the services' connection pools
    // hold the most; what fails in a part is its row's figure, and the run goes on.
    if (Runs("reads"))
    {
        Progress("reads: GetFederation and GetContributions, straight, through the gateway, over JSON");
        await Part("reads", () => Reads.RunAsync(system, federation, options, report));
    }
    if (Runs("rollup"))
    {
        Progress("roll-up of " + string.Join(", ", options.RollUpSizes) + " federations (setting them up takes most of it)");
        await Part("rollup", () => RollUp.RunAsync(system, options, report));
    }
    if (Runs("documents"))
    {
        Progress("documents: DOCX, HTML, PDF, publish");
        await Part("documents", () => Documents.RunAsync(system, report));
        memory.ReadBrowserAfterDocuments(system);
    }
    if (Runs("compute"))
    {
        Progress("computation: alone, at " + string.Join(", ", options.OfferedRates) + " req/s, and at most");
        await Part("compute", () => Computation.RunAsync(system, federation, options, report));
    }
    if (Runs("telemetry"))
    {
        Progress(F($"telemetry: the computation's maximum with the {BenchmarkSystem.TelemetryProfile} profile and with every trace kept, {options.Rounds} turns each"));
        await Part("telemetry", () => Telemetry.RunAsync(system, federation, options, report));
    }
    memory.ReadAfterLoad(system);
    memory.Report(report, options.Idle);
    Progress("stopping the system");
}

var left = SystemProcess.ProcessesUsing(dataDirectory);
report.Header.Add(F($"Whole run {run.Elapsed.TotalSeconds:0} s; processes left behind: {(left.Count == 0 ? "none" : string.Join("; ", left))}."));

var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
var results = Path.Combine(repository, "bench", "results");
Directory.CreateDirectory(results);
var file = Path.Combine(results, $"load-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.md");
await File.WriteAllTextAsync(file, markdown);
Progress($"written to {Path.GetRelativePath(repository, file)}");
return 0;
