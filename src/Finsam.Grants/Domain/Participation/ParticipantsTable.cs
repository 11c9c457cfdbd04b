using System.Globalization;
using Finsam.ServiceKit.Csv;

namespace Finsam.Grants.Domain.Participation;

// A year's participants of many efforts from a CSV table, as an officer keeps it in a
// spreadsheet: a header naming the columns, then a row per effort by its id. Every problem is
// named by its line ("Rad 4: ..."), at most MaxProblems, and a table with any gives no rows.
public static class ParticipantsTable
{
    public const int MaxProblems = 100;

    public sealed record Row(int Line, string EffortId, ParticipantCounts Counts);

    public sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    // Each column by the names a Swedish spreadsheet gives it (lower case, dashes as typed).
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["insats"] = "effort",
        ["startade"] = "started",
        ["pågående"] = "ongoing",
        ["avslutade"] = "ended",
        ["kvinnor"] = "women",
        ["män"] = "men",
        ["16-29"] = "16-29",
        ["30-49"] = "30-49",
        ["50-64"] = "50-64",
        ["sjukpenning"] = "sickness-benefit",
        ["aktivitetsersättning"] = "activity-support",
        ["försörjningsstöd"] = "income-support",
        ["ingen försörjning"] = "no-income",
        ["annan försörjning"] = "other-income",
        ["arbete"] = "work",
        ["studier"] = "studies",
        ["arbetssökande"] = "job-seeking",
        ["annat"] = "other-outcome",
    };

    public static Result Read(ReadOnlySpan<byte> bytes)
    {
        if (CsvText.NotText(bytes) is { } notText)
        {
            return new Result([], [notText]);
        }
        var (text, _) = CsvText.Decode(bytes);
        var (separator, start, line) = CsvSeparator.Detect(text);
        var problems = new List<string>();
        var rows = new List<Row>();
        Dictionary<string, int>? columns = null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var record in CsvRecords.Split(text, separator, start, line))
        {
            if (problems.Count >= MaxProblems)
            {
                break;
            }
            void Problem(string message) => problems.Add($"Rad {record.Line}: {message}");
            if (record.IsBlank)
            {
                continue;
            }
            if (record.Problem is { } quoting)
            {
                Problem(quoting);
                continue;
            }
            if (columns is null)
            {
                columns = Header(record.Fields, Problem);
                if (columns is null)
                {
                    break;
                }
                continue;
            }
            if (record.Fields.Count > columns.Values.Max() + 1 && record.Fields.Skip(columns.Values.Max() + 1).Any(field => field.Trim().Length > 0))
            {
                Problem($"raden har fler fält än rubrikraden");
                continue;
            }
            var effort = Cell(record.Fields, columns, "effort");
            if (effort.Length == 0)
            {
                Problem("insatsen saknas");
                continue;
            }
            if (seen.TryGetValue(effort, out var earlier))
            {
                Problem($"insatsen {effort} står redan på rad {earlier}");
                continue;
            }
            seen[effort] = record.Line;
            var counts = Counts(record.Fields, columns, Problem);
            if (counts is not null)
            {
                foreach (var breakdown in counts.Overcounted())
                {
                    Problem(breakdown == "outcome"
                        ? "de som avslutade räknas till fler än som avslutade"
                        : $"de som startade räknas efter {Swedish(breakdown)} till fler än som startade");
                }
                rows.Add(new Row(record.Line, effort, counts));
            }
        }
        if (columns is null && problems.Count == 0)
        {
            problems.Add("Filen är tom: den ska ha en rubrikrad och en rad per insats.");
        }
        return problems.Count > 0 ? new Result([], problems.Take(MaxProblems).ToList()) : new Result(rows, []);
    }

    private static Dictionary<string, int>? Header(IReadOnlyList<string> fields, Action<string> problem)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim().Replace('–', '-').Replace('—', '-');
            if (Columns.TryGetValue(name, out var column) && !columns.TryAdd(column, i))
            {
                problem($"kolumnen {fields[i].Trim()} står två gånger");
                return null;
            }
        }
        foreach (var required in new[] { ("effort", "Insats"), ("started", "Startade") })
        {
            if (!columns.ContainsKey(required.Item1))
            {
                problem($"kolumnen {required.Item2} saknas");
                return null;
            }
        }
        return columns;
    }

    private static ParticipantCounts? Counts(IReadOnlyList<string> fields, Dictionary<string, int> columns, Action<string> problem)
    {
        var ok = true;
        int Count(string column)
        {
            var text = Cell(fields, columns, column);
            if (text.Length == 0)
            {
                return 0;
            }
            if (int.TryParse(text.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 100_000)
            {
                return count;
            }
            problem($"”{text}” under {Header(column)} är inget antal personer");
            ok = false;
            return 0;
        }

        var counts = new ParticipantCounts(
            Count("started"),
            Count("ongoing"),
            Count("ended"),
            new Dictionary<Gender, int> { [Gender.Woman] = Count("women"), [Gender.Man] = Count("men") },
            new Dictionary<AgeBand, int> { [AgeBand.From16To29] = Count("16-29"), [AgeBand.From30To49] = Count("30-49"), [AgeBand.From50To64] = Count("50-64") },
            new Dictionary<StatusBefore, int>
            {
                [StatusBefore.SicknessBenefit] = Count("sickness-benefit"),
                [StatusBefore.ActivitySupport] = Count("activity-support"),
                [StatusBefore.IncomeSupport] = Count("income-support"),
                [StatusBefore.NoIncome] = Count("no-income"),
                [StatusBefore.Other] = Count("other-income"),
            },
            new Dictionary<Outcome, int>
            {
                [Outcome.Work] = Count("work"),
                [Outcome.Studies] = Count("studies"),
                [Outcome.JobSeeking] = Count("job-seeking"),
                [Outcome.Other] = Count("other-outcome"),
            });
        return ok ? counts : null;
    }

    private static string Cell(IReadOnlyList<string> fields, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index].Trim() : "";

    // The column as the header names it, for the problem.
    private static string Header(string column) => Columns.First(pair => pair.Value == column).Key;

    private static string Swedish(string breakdown) => breakdown switch
    {
        "gender" => "kön",
        "age" => "ålder",
        _ => "försörjning före",
    };
}
