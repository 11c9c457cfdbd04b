using System.Globalization;
using Finsam.ServiceKit.Csv;

namespace Finsam.Budget.Domain.FollowUp.Csv;

// Reads a federation's actuals exported from its accounting program as CSV, the counterpart of
// the SIE import for programs and spreadsheets that give only a table: a header naming the
// columns, then a row per booked amount. Every problem is collected with its line (at most
// MaxProblems), and a file with any gives no amounts at all.
public static class CsvActualsReader
{
    // Enough to name what is wrong with a file without filling a page with one mistake repeated.
    public const int MaxProblems = 100;

    public static CsvReadResult Read(ReadOnlySpan<byte> bytes, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDay, firstDay);
        if (CsvText.NotText(bytes) is { } notText)
        {
            return new CsvReadResult(null, [new CsvProblem(0, notText)]);
        }

        var (text, encoding) = CsvText.Decode(bytes);
        var (separator, start, line) = CsvSeparator.Detect(text);
        var reading = new Reading(firstDay, lastDay);
        foreach (var record in CsvRecords.Split(text, separator, start, line))
        {
            if (reading.Done)
            {
                break;
            }
            reading.Record(record);
        }
        return reading.Finish(encoding);
    }

    private sealed class Reading(DateOnly firstDay, DateOnly lastDay)
    {
        private static readonly IReadOnlyDictionary<string, string> NoObjects = new Dictionary<string, string>();

        private readonly List<CsvProblem> _problems = [];
        private readonly Dictionary<(string Account, DateOnly Month, string Objects), Sum> _sums = [];
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private CsvColumns? _columns;
        private int? _headerLine;
        private int _rows;

        // Full of problems, or a header no row can be read by.
        public bool Done => _problems.Count >= MaxProblems || (_headerLine is not null && _columns is null);

        public void Record(CsvRecord record)
        {
            if (record.IsBlank)
            {
                return;
            }
            if (_headerLine is null)
            {
                _headerLine = record.Line;
                if (record.Problem is { } headerProblem)
                {
                    Problem(record.Line, headerProblem);
                    return;
                }
                _columns = CsvColumns.Read(record.Fields, message => Problem(record.Line, message));
                return;
            }
            _rows++;
            if (record.Problem is { } problem)
            {
                Problem(record.Line, problem);
                return;
            }
            Row(record.Line, record.Fields, _columns!);
        }

        private void Row(int line, IReadOnlyList<string> fields, CsvColumns columns)
        {
            if (fields.Count != columns.Count)
            {
                // The cells no longer line up with the header's names: nothing in the row can be read.
                Problem(line, $"raden har {fields.Count} fält men rubrikraden har {columns.Count}");
                return;
            }
            // Every cell is judged, so that one reading names all that is wrong on the line.
            var read = Account(line, fields[columns.Account], out var account);
            read &= Month(line, fields, columns, out var month);
            read &= Amount(line, fields, columns, out var ore);
            if (!read || _problems.Count > 0)
            {
                // A file with problems gives no amounts, so none are summed once there is one.
                return;
            }

            var objects = Objects(fields, columns);
            var key = (account, month, ObjectsKey(objects));
            if (!_sums.TryGetValue(key, out var sum))
            {
                _sums[key] = sum = new Sum(objects);
            }
            try
            {
                sum.Ore = checked(sum.Ore + ore);
            }
            catch (OverflowException)
            {
                Problem(line, $"summan på konto {account} för {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)} blir för stor för att räknas");
                return;
            }
            if (columns.Name is { } nameColumn && fields[nameColumn].Trim() is { Length: > 0 } name)
            {
                // The first name a file gives an account is its name; rows seldom disagree.
                _names.TryAdd(account, name);
            }
        }

        private bool Account(int line, string cell, out string account)
        {
            account = cell.Trim();
            if (CsvValues.TryAccount(account))
            {
                return true;
            }
            Problem(line, account.Length == 0 ? "kontot saknas" : $"kontot ”{account}” är inget konto (ett konto är bara siffror)");
            return false;
        }

        private bool Month(int line, IReadOnlyList<string> fields, CsvColumns columns, out DateOnly month)
        {
            month = default;
            if (columns.Date is { } dateColumn)
            {
                var text = fields[dateColumn].Trim();
                if (!CsvValues.TryDate(text, out var date))
                {
                    Problem(line, text.Length == 0 ? "datumet saknas" : $"datumet ”{text}” är inget datum (ÅÅÅÅ-MM-DD)");
                    return false;
                }
                if (date < firstDay || date > lastDay)
                {
                    Problem(line, $"datumet {Day(date)} ligger utanför räkenskapsåret {Year}");
                    return false;
                }
                month = new DateOnly(date.Year, date.Month, 1);
                return true;
            }

            var monthText = fields[columns.Month!.Value].Trim();
            if (!CsvValues.TryMonth(monthText, out month))
            {
                Problem(line, monthText.Length == 0 ? "månaden saknas" : $"månaden ”{monthText}” är ingen månad (ÅÅÅÅ-MM eller ÅÅÅÅMM)");
                return false;
            }
            // A month belongs to the year when any of its days does.
            if (month > lastDay || month.AddMonths(1) <= firstDay)
            {
                Problem(line, $"månaden {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)} ligger utanför räkenskapsåret {Year}");
                return false;
            }
            return true;
        }

        private bool Amount(int line, IReadOnlyList<string> fields, CsvColumns columns, out long ore)
        {
            if (columns.Amount is { } amountColumn)
            {
                return Kronor(line, fields[amountColumn], "beloppet", emptyIsZero: false, out ore);
            }
            var debitRead = Kronor(line, fields[columns.Debit!.Value], "debetbeloppet", emptyIsZero: true, out var debit);
            var creditRead = Kronor(line, fields[columns.Credit!.Value], "kreditbeloppet", emptyIsZero: true, out var credit);
            ore = debit - credit;
            return debitRead && creditRead;
        }

        private bool Kronor(int line, string cell, string what, bool emptyIsZero, out long ore)
        {
            var text = cell.Trim();
            ore = 0;
            if (text.Length == 0 && emptyIsZero)
            {
                return true;
            }
            if (CsvValues.TryAmount(text, out ore))
            {
                return true;
            }
            Problem(line, text.Length == 0 ? $"{what} saknas" : $"{what} ”{text}” är inget belopp");
            return false;
        }

        private static IReadOnlyDictionary<string, string> Objects(IReadOnlyList<string> fields, CsvColumns columns)
        {
            Dictionary<string, string>? objects = null;
            foreach (var (dimension, index) in columns.Objects)
            {
                if (fields[index].Trim() is { Length: > 0 } value)
                {
                    (objects ??= new Dictionary<string, string>(StringComparer.Ordinal))[dimension] = value;
                }
            }
            return objects ?? NoObjects;
        }

        public CsvReadResult Finish(CsvEncoding encoding)
        {
            if (_headerLine is null)
            {
                Problem(0, "filen är tom");
            }
            else if (_columns is not null && _rows == 0)
            {
                Problem(_headerLine.Value, "filen har inga rader under rubrikraden");
            }
            if (_problems.Count > 0)
            {
                return new CsvReadResult(null, _problems);
            }

            // Ordered as SieActuals.PerAccountObjectsAndMonth orders the SIE import's amounts.
            var amounts = _sums
                .OrderBy(pair => pair.Key.Account, StringComparer.Ordinal)
                .ThenBy(pair => pair.Key.Month)
                .ThenBy(pair => pair.Key.Objects, StringComparer.Ordinal)
                .Select(pair => new LedgerRow(pair.Key.Account, pair.Value.Objects, pair.Key.Month, pair.Value.Ore))
                .ToList();
            return new CsvReadResult(new CsvActuals(amounts, _names, _rows, encoding), []);
        }

        private void Problem(int line, string message)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(new CsvProblem(line, message));
            }
        }

        private string Year => $"{Day(firstDay)}–{Day(lastDay)}";

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The same key SieActuals groups and orders objects by.
        private static string ObjectsKey(IReadOnlyDictionary<string, string> objects) =>
            objects.Count == 0 ? "" : string.Join('\u001f', objects.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}\u001e{pair.Value}"));

        private sealed class Sum(IReadOnlyDictionary<string, string> objects)
        {
            public IReadOnlyDictionary<string, string> Objects { get; } = objects;
            public long Ore { get; set; }
        }
    }
}
