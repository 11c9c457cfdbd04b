using System.Globalization;
using System.Text;
using Finsam.Budget.Domain.FollowUp;
using Finsam.Budget.Domain.FollowUp.Csv;
using Finsam.ServiceKit.Csv;
using Finsam.Sie;

namespace Finsam.Budget.Tests.Domain.FollowUp.Csv;

// A made-up federation's year as a spreadsheet would export it: a few dozen rows with Swedish
// text, amounts written every way the reader takes, in Windows-1252 and in UTF-8, signed and as
// debit and credit. What is read per account and month is what was counted as the rows were
// written, and the same bookings as SIE vouchers give the same amounts in the same order.
public sealed class CsvMadeUpYearTests
{
    private static readonly (string Account, string Name)[] Accounts =
    [
        ("3010", "Medlemsbidrag från kommunerna"), ("4010", "Köpta tjänster för insatser"), ("5010", "Lokalhyra Östra Älvdalen"),
        ("6570", "Bankavgifter och växlingsavgifter"), ("7010", "Löner till tjänstemän"),
    ];

    private static readonly string[] CostCentres = ["", "Kansli", "Älvdalen", "Söderås"];
    private static readonly string[] Projects = ["", "12", "14"];

    static CsvMadeUpYearTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private sealed record Booking(string Account, string Name, DateOnly Date, long Ore, string CostCentre, string Project, string Text);

    public static TheoryData<int, int, int, int, int> Years => new()
    {
        { 2026, 1, 1, 2026, 12 },
        { 2025, 7, 1, 2026, 6 },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void The_year_s_sums_per_account_and_month_are_what_was_written_in_either_encoding_and_either_form(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth)
    {
        var first = new DateOnly(fromYear, fromMonth, fromDay);
        var last = new DateOnly(toYear, toMonth, 1).AddMonths(1).AddDays(-1);
        var bookings = Book(new Random(fromYear * 100 + fromMonth), first, last, count: 60);
        var expected = bookings
            .GroupBy(booking => (booking.Account, new DateOnly(booking.Date.Year, booking.Date.Month, 1)))
            .ToDictionary(group => group.Key, group => group.Sum(booking => booking.Ore));
        Assert.Contains(expected.Values, sum => sum < 0);
        Assert.Contains(expected.Keys, key => key.Item2 == new DateOnly(first.Year, first.Month, 1));

        var windows1252 = Encoding.GetEncoding(1252);
        var files = new (byte[] Bytes, CsvEncoding Encoding)[]
        {
            (windows1252.GetBytes(Signed(bookings, new Random(1), unicodeMinus: false, "\r\n")), CsvEncoding.Windows1252),
            ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Signed(bookings, new Random(2), unicodeMinus: true, "\n"))], CsvEncoding.Utf8),
            (windows1252.GetBytes(DebitAndCredit(bookings, new Random(3), unicodeMinus: false)), CsvEncoding.Windows1252),
            (Encoding.UTF8.GetBytes(DebitAndCredit(bookings, new Random(4), unicodeMinus: true)), CsvEncoding.Utf8),
        };

        var reads = files.Select(file =>
        {
            var result = CsvActualsReader.Read(file.Bytes, first, last);
            Assert.Empty(result.Problems);
            Assert.Equal(file.Encoding, result.Actuals!.Encoding);
            Assert.Equal(bookings.Count, result.Actuals.RowCount);
            Assert.Equal(Accounts.ToDictionary(), result.Actuals.AccountNames.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary());
            return result.Actuals.Amounts;
        }).ToList();

        foreach (var amounts in reads)
        {
            var perAccountAndMonth = amounts.GroupBy(row => (row.Account, row.Month)).ToDictionary(group => group.Key, group => group.Sum(row => row.AmountOre));
            Assert.Equal(expected.OrderBy(pair => pair.Key), perAccountAndMonth.OrderBy(pair => pair.Key));
            Assert.Equal(Described(reads[0]), Described(amounts));
        }

        // The same bookings as SIE vouchers, each against the bank: SieActuals' amounts but the bank's.
        var sie = SieReader.Read(Encoding.UTF8.GetBytes(Sie(bookings, first, last)));
        Assert.Empty(sie.Problems);
        var fromSie = SieActuals.PerAccountObjectsAndMonth(sie.File!).Where(amount => amount.Account != "1930")
            .Select(amount => new LedgerRow(amount.Account, amount.Objects, amount.Month, amount.AmountOre));
        Assert.Equal(Described(fromSie), Described(reads[0]));
    }

    // Drawn at random (seeded) over the year, now and then on its first or last day.
    private static List<Booking> Book(Random random, DateOnly first, DateOnly last, int count)
    {
        var days = last.DayNumber - first.DayNumber;
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (account, name) = Accounts[random.Next(Accounts.Length)];
            var date = i switch { 0 => first, 1 => last, _ => first.AddDays(random.Next(days + 1)) };
            var ore = random.Next(4) switch
            {
                0 => random.NextInt64(1, 10_000) * 100,
                1 => random.NextInt64(1, 100_000_000),
                2 => random.NextInt64(1, 100) * 10,
                _ => random.NextInt64(1, 5_000),
            };
            var sign = account == "3010" || random.Next(8) == 0 ? -1 : 1;
            return new Booking(account, name, date, sign * ore, CostCentres[random.Next(CostCentres.Length)], Projects[random.Next(Projects.Length)],
                $"Ver {i + 1}: \"{name}\"; å ä ö, {account}");
        })];
    }

    private static string Signed(List<Booking> bookings, Random random, bool unicodeMinus, string lineBreak) =>
        string.Join(lineBreak, bookings.Select(booking => string.Join(';',
            $"A{bookings.IndexOf(booking) + 1}", Day(booking.Date), booking.Account, booking.Name, Quoted(booking.Text),
            booking.CostCentre, booking.Project, Quoted(Kronor(booking.Ore, random, unicodeMinus))))
            .Prepend("Verifikation;Datum;Konto;Kontonamn;Text;Kostnadsställe;Projekt;Belopp")) + lineBreak;

    // Another program's order and names, comma-separated, a credit now and then beside a debit.
    private static string DebitAndCredit(List<Booking> bookings, Random random, bool unicodeMinus) =>
        string.Join("\r\n", bookings.Select(booking =>
        {
            var extra = random.Next(3) == 0 ? random.NextInt64(1, 10_000) : 0;
            var debit = booking.Ore > 0 ? booking.Ore + extra : extra;
            var credit = booking.Ore < 0 ? -booking.Ore + extra : extra;
            return string.Join(',', Quoted(booking.Text), booking.Project, booking.Account,
                debit == 0 ? "" : Quoted(Kronor(debit, random, unicodeMinus)), credit == 0 ? "" : Quoted(Kronor(credit, random, unicodeMinus)),
                Quoted(booking.Name), Day(booking.Date), Quoted(booking.CostCentre));
        }).Prepend("Text,Objekt 6,Account,Debit,Credit,Benämning,Verifikationsdatum,OBJEKT 1")) + "\r\n";

    private static string Sie(List<Booking> bookings, DateOnly first, DateOnly last) =>
        string.Join('\n', new[] { "#FLAGGA 0", "#SIETYP 4", $"#RAR 0 {first:yyyyMMdd} {last:yyyyMMdd}" }
            .Concat(bookings.SelectMany((booking, i) =>
            {
                var objects = string.Join(' ', new[] { ("1", booking.CostCentre), ("6", booking.Project) }
                    .Where(pair => pair.Item2.Length > 0).Select(pair => $"{pair.Item1} \"{pair.Item2}\""));
                return new[]
                {
                    $"#VER A {i + 1} {booking.Date:yyyyMMdd}", "{",
                    $"#TRANS {booking.Account} {{{objects}}} {(booking.Ore / 100m).ToString("0.00", CultureInfo.InvariantCulture)}",
                    $"#TRANS 1930 {{}} {(-booking.Ore / 100m).ToString("0.00", CultureInfo.InvariantCulture)}", "}",
                };
            })));

    // An amount the way a Swedish or an English spreadsheet might write it, drawn at random.
    private static string Kronor(long ore, Random random, bool unicodeMinus)
    {
        var sign = ore < 0 ? (unicodeMinus && random.Next(2) == 0 ? "\u2212" : "-") : "";
        var kronor = (Math.Abs(ore) / 100).ToString(CultureInfo.InvariantCulture);
        var cents = Math.Abs(ore) % 100;
        return random.Next(5) switch
        {
            0 => $"{sign}{Grouped(kronor, " ")},{cents:00}",
            1 => $"{sign}{Grouped(kronor, "\u00A0")},{cents:00}",
            2 => $"{sign}{kronor}.{cents:00}",
            3 when cents % 10 == 0 => $"{sign}{kronor},{cents / 10}",
            4 when cents == 0 => $"{sign}{Grouped(kronor, " ")}",
            _ => $"{sign}{kronor},{cents:00}",
        };
    }

    private static string Grouped(string digits, string space)
    {
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }
        return string.Join(space, groups);
    }

    private static string Quoted(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Described(IEnumerable<LedgerRow> amounts) =>
        amounts.Select(row => $"{row.Account} {row.Month:yyyy-MM} {string.Join(',', row.Objects.OrderBy(pair => pair.Key, StringComparer.Ordinal))} {row.AmountOre}");

}
