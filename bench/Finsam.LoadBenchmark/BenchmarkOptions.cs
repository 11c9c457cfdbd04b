using System.Globalization;

namespace Finsam.LoadBenchmark;

// The command line: which parts run, and how long each measures.
public sealed record BenchmarkOptions
{
    public static readonly string[] AllParts = ["reads", "compute", "rollup", "documents", "telemetry"];

    public required IReadOnlySet<string> Parts { get; init; }

    public bool Quick { get; init; }

    // A closed-loop measurement (reads, the computation's maximum), after a warm-up of its own.
    public TimeSpan ClosedLoop => Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5);

    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(1);

    // Load before the computation's first measurement, so that it does not measure the runtime
    // still compiling: profiled 40 s after the start on 2 cores, a third of the services' CPU
    // was the JIT's tiered recompilation.
    public TimeSpan ComputeWarmUp => Quick ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(20);

    // Each offered rate of the open loop.
    public TimeSpan OpenLoopStep => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(10);

    public IReadOnlyList<int> OfferedRates { get; init; } = [50, 100, 200, 300];

    public int AloneCount => Quick ? 20 : 50;

    public IReadOnlyList<int> RollUpSizes { get; init; } = [10, 30, 100];

    // Settling after the start before the idle memory is read.
    public TimeSpan Idle => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(10);

    // Each measurement that compares two ways (straight and through the gateway; the telemetry
    // settings) runs this many times, the ways taking turns, and the median counts: one
    // measurement of a few seconds varies by ±20 % on a shared 2-core machine.
    public int Rounds { get; init; } = 3;

    // Environment given to every process of the system besides the benchmark's own settings
    // (e.g. DOTNET_PerfMapEnabled=1 to profile it with perf); empty by default.
    public IReadOnlyList<KeyValuePair<string, string>> ServiceEnvironment { get; init; } = [];

    public const int Streams = 16;

    public const string Usage = """
        dotnet run -c Release --project bench/Finsam.LoadBenchmark -- [options]
          --quick                     shorter measurements (about 2 minutes in all)
          --only PART[,PART]          reads, compute, rollup, documents, telemetry (start-up and memory always)
          --rates 50,100,200,300      the computation's offered rates (req/s)
          --rollup 10,30,100          federations in each roll-up
          --rounds 3                  turns of each comparison (reads, telemetry); medians are reported
          --service-env K=V,...       environment for every process of the system (e.g. DOTNET_PerfMapEnabled=1)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var parts = new HashSet<string>(AllParts);
        var options = new BenchmarkOptions { Parts = parts };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--only":
                    var only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (only.FirstOrDefault(p => !AllParts.Contains(p)) is { } unknown)
                    {
                        throw new ArgumentException($"No part {unknown}.\n{Usage}");
                    }
                    options = options with { Parts = new HashSet<string>(only) };
                    break;
                case "--rates":
                    options = options with { OfferedRates = Numbers(Value()) };
                    break;
                case "--rollup":
                    options = options with { RollUpSizes = [.. Numbers(Value()).Order()] };
                    break;
                case "--service-env":
                    options = options with
                    {
                        ServiceEnvironment = [.. Value().Split(',').Select(pair => pair.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(kv[0], kv.Length > 1 ? kv[1] : ""))],
                    };
                    break;
                case "--rounds":
                    options = options with { Rounds = Math.Max(1, Numbers(Value()).Single()) };
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }
        }
        if (options.Quick && !args.Contains("--rollup"))
        {
            options = options with { RollUpSizes = [10, 30] };
        }
        return options;
    }

    private static List<int> Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
}
