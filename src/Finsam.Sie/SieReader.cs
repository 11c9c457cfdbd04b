using System.Globalization;

namespace Finsam.Sie;

// Reads a SIE file (types 1 to 4) whole. As the format asks for compatibility, a record the
// reader does not know is skipped; a row added after registration (#RTRANS) is followed by a
// copy as #TRANS, and only one of them is counted; a removed row (#BTRANS) is not part of the
// voucher. Every problem is collected with its line, and a file with any gives no result.
public static class SieReader
{
    // Enough to name what is wrong with a file without filling a page with one mistake repeated.
    public const int MaxProblems = 100;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static SieReadResult Read(ReadOnlySpan<byte> bytes)
    {
        var (text, encoding) = SieText.Decode(bytes);
        var reading = new Reading(encoding);
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (reading.Problems.Count >= MaxProblems)
            {
                break;
            }
            reading.Line(lineNumber, line.ToString());
        }
        return reading.Finish(lineNumber);
    }

    private sealed class Reading(SieEncoding encoding)
    {
        public List<SieProblem> Problems { get; } = [];

        private readonly List<SieFinancialYear> _years = [];
        private readonly Dictionary<string, string> _accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _dimensions = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), string> _objects = [];
        private readonly List<SieBalance> _opening = [];
        private readonly List<SieBalance> _closing = [];
        private readonly List<SieBalance> _results = [];
        private readonly List<SieBalance> _periods = [];
        private readonly List<SieVoucher> _vouchers = [];
        private string? _format;
        private int? _type;
        private string? _program;
        private string? _company;
        private string? _organisationNumber;

        // The voucher being read: its #VER line, then its rows once { has opened it.
        private (int Line, string Series, string Number, DateOnly Date, string? Text)? _voucher;
        private bool _inVoucher;
        private List<SieRow> _rows = [];
        private SieRow? _addedRow;

        public void Line(int number, string line)
        {
            if (line.Any(c => char.IsControl(c) && c != '\t'))
            {
                Problem(number, "raden innehåller tecken som inte kan läsas som text");
                return;
            }
            var trimmed = line.Trim(' ', '\t');
            if (trimmed.Length == 0)
            {
                return;
            }
            if (trimmed == "{")
            {
                Open(number);
                return;
            }
            if (trimmed == "}")
            {
                Close(number);
                return;
            }
            if (!trimmed.StartsWith('#'))
            {
                Problem(number, "raden är ingen post (en post börjar med #)");
                return;
            }
            if (!SieLine.TrySplit(trimmed, out var tokens, out var problem))
            {
                Problem(number, problem!);
                return;
            }
            var label = tokens[0].Text.ToUpperInvariant();
            var fields = tokens.Skip(1).ToList();
            if (_inVoucher)
            {
                VoucherRecord(number, label, fields);
                return;
            }
            if (_voucher is { } pending)
            {
                Problem(pending.Line, "verifikationen saknar sina rader inom { }");
                _voucher = null;
            }
            Record(number, label, fields);
        }

        private void Record(int number, string label, List<SieToken> fields)
        {
            switch (label)
            {
                case "#FORMAT":
                    _format = Text(fields, 0);
                    break;
                case "#SIETYP":
                    _type = int.TryParse(Text(fields, 0), NumberStyles.None, CultureInfo.InvariantCulture, out var type) ? type : null;
                    break;
                case "#PROGRAM":
                    _program = string.Join(' ', fields.Where(field => !field.IsObjectList).Select(field => field.Text.Trim()).Where(text => text.Length > 0));
                    break;
                case "#FNAMN":
                    _company = Text(fields, 0)?.Trim();
                    break;
                case "#ORGNR":
                    _organisationNumber = Text(fields, 0)?.Trim() is { Length: > 0 } organisationNumber ? organisationNumber : null;
                    break;
                case "#RAR":
                    FinancialYear(number, fields);
                    break;
                case "#KONTO":
                    if (Text(fields, 0) is { Length: > 0 } account)
                    {
                        _accounts[account] = Text(fields, 1)?.Trim() ?? "";
                    }
                    break;
                case "#DIM" or "#UNDERDIM":
                    if (Text(fields, 0) is { Length: > 0 } dimension)
                    {
                        _dimensions[dimension] = Text(fields, 1)?.Trim() ?? "";
                    }
                    break;
                case "#OBJEKT":
                    if (Text(fields, 0) is { Length: > 0 } objectDimension && Text(fields, 1) is { Length: > 0 } objectNumber)
                    {
                        _objects[(objectDimension, objectNumber)] = Text(fields, 2)?.Trim() ?? "";
                    }
                    break;
                case "#IB":
                    Balance(number, fields, _opening, withObjects: false);
                    break;
                case "#UB":
                    Balance(number, fields, _closing, withObjects: false);
                    break;
                case "#OIB":
                    Balance(number, fields, _opening, withObjects: true);
                    break;
                case "#OUB":
                    Balance(number, fields, _closing, withObjects: true);
                    break;
                case "#RES":
                    Balance(number, fields, _results, withObjects: false);
                    break;
                case "#PSALDO":
                    PeriodBalance(number, fields);
                    break;
                case "#VER":
                    Voucher(number, fields);
                    break;
                case "#TRANS" or "#RTRANS" or "#BTRANS":
                    Problem(number, "raden hör till en verifikation men står utanför en");
                    break;
                default:
                    // The format's rule: a record a reader does not know is left alone.
                    break;
            }
        }

        private void FinancialYear(int number, List<SieToken> fields)
        {
            if (!int.TryParse(Text(fields, 0), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
                || !SieValues.TryDate(Text(fields, 1) ?? "", out var start)
                || !SieValues.TryDate(Text(fields, 2) ?? "", out var end))
            {
                Problem(number, "räkenskapsåret ska anges som #RAR årsnr startdatum slutdatum (ÅÅÅÅMMDD)");
                return;
            }
            if (end < start)
            {
                Problem(number, $"räkenskapsåret slutar {end:yyyy-MM-dd}, före sin början {start:yyyy-MM-dd}");
                return;
            }
            if (_years.Any(year => year.Index == index))
            {
                Problem(number, $"räkenskapsår {index} anges två gånger");
                return;
            }
            _years.Add(new SieFinancialYear(index, start, end));
        }

        private void Balance(int number, List<SieToken> fields, List<SieBalance> into, bool withObjects)
        {
            var i = 0;
            if (!YearIndex(number, fields, i++, out var year) || !Account(number, fields, i++, out var account))
            {
                return;
            }
            IReadOnlyDictionary<string, string> objects = Empty;
            if (withObjects && !Objects(number, fields, i++, out objects))
            {
                return;
            }
            if (Amount(number, fields, i, out var ore))
            {
                into.Add(new SieBalance(number, year, account, ore, objects));
            }
        }

        private void PeriodBalance(int number, List<SieToken> fields)
        {
            if (!YearIndex(number, fields, 0, out var year))
            {
                return;
            }
            if (!SieValues.TryPeriod(Text(fields, 1) ?? "", out var period))
            {
                Problem(number, $"perioden ”{Text(fields, 1)}” är ingen period (ÅÅÅÅMM)");
                return;
            }
            if (Account(number, fields, 2, out var account) && Objects(number, fields, 3, out var objects) && Amount(number, fields, 4, out var ore))
            {
                _periods.Add(new SieBalance(number, year, account, ore, objects, period));
            }
        }

        private void Voucher(int number, List<SieToken> fields)
        {
            var series = Text(fields, 0) ?? "";
            var voucherNumber = Text(fields, 1) ?? "";
            if (!SieValues.TryDate(Text(fields, 2) ?? "", out var date))
            {
                Problem(number, $"verifikationsdatumet ”{Text(fields, 2)}” är inget datum (ÅÅÅÅMMDD)");
                _voucher = (number, series, voucherNumber, DateOnly.MinValue, null);
                return;
            }
            _voucher = (number, series, voucherNumber, date, Text(fields, 3)?.Trim() is { Length: > 0 } text ? text : null);
        }

        private void Open(int number)
        {
            if (_inVoucher)
            {
                Problem(number, "{ inom en verifikation som inte har avslutats med }");
                return;
            }
            if (_voucher is null)
            {
                Problem(number, "{ utan en verifikation (#VER) före");
                return;
            }
            _inVoucher = true;
            _rows = [];
            _addedRow = null;
        }

        private void Close(int number)
        {
            if (!_inVoucher || _voucher is not { } voucher)
            {
                Problem(number, "} utan en verifikation som har öppnats med {");
                return;
            }
            _inVoucher = false;
            _voucher = null;
            var sum = _rows.Sum(row => row.AmountOre);
            if (sum != 0)
            {
                Problem(voucher.Line, $"verifikation {Name(voucher.Series, voucher.Number)} är inte i balans: raderna summerar till {Kronor(sum)}");
            }
            if (voucher.Date != DateOnly.MinValue)
            {
                _vouchers.Add(new SieVoucher(voucher.Line, voucher.Series, voucher.Number, voucher.Date, voucher.Text, _rows));
            }
        }

        private void VoucherRecord(int number, string label, List<SieToken> fields)
        {
            switch (label)
            {
                case "#TRANS" or "#RTRANS":
                    if (!Account(number, fields, 0, out var account) || !Objects(number, fields, 1, out var objects) || !Amount(number, fields, 2, out var ore))
                    {
                        return;
                    }
                    DateOnly? date = null;
                    if (Text(fields, 3) is { Length: > 0 } dateText)
                    {
                        if (!SieValues.TryDate(dateText, out var rowDate))
                        {
                            Problem(number, $"transaktionsdatumet ”{dateText}” är inget datum (ÅÅÅÅMMDD)");
                            return;
                        }
                        date = rowDate;
                    }
                    var row = new SieRow(number, account, objects, ore, date, Text(fields, 4)?.Trim() is { Length: > 0 } text ? text : null);
                    if (label == "#TRANS" && _addedRow is { } added && SameRow(added, row))
                    {
                        // The #TRANS copy that follows an #RTRANS for readers that know only #TRANS.
                        _addedRow = null;
                        return;
                    }
                    _rows.Add(row);
                    _addedRow = label == "#RTRANS" ? row : null;
                    break;
                case "#BTRANS":
                    _addedRow = null;
                    break;
                case "#VER":
                    Problem(number, "en ny verifikation innan den förra har avslutats med }");
                    break;
                default:
                    break;
            }
        }

        public SieReadResult Finish(int lines)
        {
            if (_inVoucher && _voucher is { } open)
            {
                Problem(open.Line, "verifikationen avslutas aldrig med }");
            }
            else if (_voucher is { } pending)
            {
                Problem(pending.Line, "verifikationen saknar sina rader inom { }");
            }

            var current = _years.FirstOrDefault(year => year.Index == 0);
            if (current is null && _vouchers.Count > 0)
            {
                Problem(0, "filen anger inte sitt räkenskapsår (#RAR 0)");
            }
            else if (current is not null)
            {
                foreach (var voucher in _vouchers.Where(voucher => !current.Contains(voucher.Date)).Take(MaxProblems))
                {
                    Problem(voucher.Line, $"verifikation {Name(voucher.Series, voucher.Number)} är daterad {voucher.Date:yyyy-MM-dd}, utanför räkenskapsåret {current.Start:yyyy-MM-dd}–{current.End:yyyy-MM-dd}");
                }
            }
            if (lines == 0 || (_type is null && _format is null && _vouchers.Count == 0 && _accounts.Count == 0))
            {
                Problem(0, "filen är ingen SIE-fil");
            }
            if (Problems.Count > 0)
            {
                return new SieReadResult(null, [.. Problems.OrderBy(problem => problem.Line).Take(MaxProblems)]);
            }

            return new SieReadResult(new SieFile
            {
                Encoding = encoding,
                DeclaredFormat = _format,
                Type = _type,
                Program = _program,
                CompanyName = _company,
                OrganisationNumber = _organisationNumber,
                FinancialYears = [.. _years.OrderByDescending(year => year.Index)],
                Accounts = _accounts,
                Dimensions = _dimensions,
                Objects = _objects,
                OpeningBalances = _opening,
                ClosingBalances = _closing,
                Results = _results,
                PeriodBalances = _periods,
                Vouchers = _vouchers,
            }, []);
        }

        private bool YearIndex(int number, List<SieToken> fields, int at, out int year)
        {
            if (int.TryParse(Text(fields, at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out year))
            {
                return true;
            }
            Problem(number, $"årsnumret ”{Text(fields, at)}” är inget tal (0 för räkenskapsåret, -1 för året före)");
            return false;
        }

        private bool Account(int number, List<SieToken> fields, int at, out string account)
        {
            account = Text(fields, at)?.Trim() ?? "";
            if (account.Length > 0)
            {
                return true;
            }
            Problem(number, "kontot saknas");
            return false;
        }

        private bool Objects(int number, List<SieToken> fields, int at, out IReadOnlyDictionary<string, string> objects)
        {
            objects = Empty;
            if (at >= fields.Count || !fields[at].IsObjectList)
            {
                Problem(number, "objektlistan { } saknas");
                return false;
            }
            var list = fields[at].Objects!;
            if (list.Count % 2 != 0)
            {
                Problem(number, "objektlistan ska ha par av dimension och objekt");
                return false;
            }
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i += 2)
            {
                pairs[list[i]] = list[i + 1];
            }
            objects = pairs;
            return true;
        }

        private bool Amount(int number, List<SieToken> fields, int at, out long ore)
        {
            if (SieValues.TryAmount(Text(fields, at) ?? "", out ore))
            {
                return true;
            }
            Problem(number, Text(fields, at) is { } text
                ? $"beloppet ”{text}” är inget belopp (som -1234.50, med högst två decimaler)"
                : "beloppet saknas");
            return false;
        }

        private void Problem(int line, string message)
        {
            if (Problems.Count < MaxProblems)
            {
                Problems.Add(new SieProblem(line, message));
            }
        }

        private static string? Text(List<SieToken> fields, int at) =>
            at < fields.Count && !fields[at].IsObjectList ? fields[at].Text : null;

        private static bool SameRow(SieRow a, SieRow b) =>
            a.Account == b.Account && a.AmountOre == b.AmountOre
            && a.Objects.Count == b.Objects.Count && a.Objects.All(pair => b.Objects.TryGetValue(pair.Key, out var value) && value == pair.Value);

        private static string Name(string series, string number) => $"{series} {number}".Trim();

        private static string Kronor(long ore) => (ore / 100m).ToString("N2", Swedish) + " kr";

        private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
    }
}
