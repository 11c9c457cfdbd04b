using System.Globalization;
using System.Text;

namespace Finsam.Budget.Tests.Domain.FollowUp;

// A made-up federation's year as its accounting program would export it: SIE 4 in code page
// 437 (å ä ö in names and texts), a few hundred vouchers drawn at random (seeded) over twelve
// months, each balanced against the bank: each month the members' contributions, purchases for
// efforts on their project objects (dimension 6), rent, salaries, now and then a bank fee.
// What each account and each object got per month is counted as it is written, not read back.
// Also linked into the system tests, which import it through the gateway.
public sealed record MadeUpYear(
    byte[] File,
    IReadOnlyDictionary<(string Account, DateOnly Month), long> PerAccount,
    IReadOnlyDictionary<(string Object, DateOnly Month), long> PerObject,
    int VoucherCount)
{
    public const string Contributions = "3010", Purchases = "4010", Rent = "5010", BankFees = "6570", Salaries = "7010", Bank = "1930";

    static MadeUpYear() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static MadeUpYear Book(int year, int seed, IReadOnlyList<string> effortObjects, string organisationNumber = "222000-9878")
    {
        var random = new Random(seed);
        var perAccount = new Dictionary<(string, DateOnly), long>();
        var perObject = new Dictionary<(string, DateOnly), long>();
        var sie = new List<string>
        {
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#PROGRAM \"Påhittat bokföringsprogram\" 2.1", $"#GEN {year + 1}0115",
            "#FNAMN \"Samordningsförbundet Östra Älvdalen\"", $"#ORGNR {organisationNumber}", $"#RAR 0 {year}0101 {year}1231", $"#RAR -1 {year - 1}0101 {year - 1}1231",
            "#DIM 6 \"Projekt\"", $"#KONTO {Bank} \"Företagskonto\"", $"#KONTO {Contributions} \"Medlemsbidrag från kommunerna\"",
            $"#KONTO {Purchases} \"Köpta tjänster för insatser\"", $"#KONTO {Rent} \"Lokalhyra\"", $"#KONTO {Salaries} \"Löner till tjänstemän\"", $"#KONTO {BankFees} \"Bankavgifter\"",
            $"#IB 0 {Bank} 1500000.00", $"#IB -1 {Bank} 1200000.00",
        };
        sie.AddRange(effortObjects.Select(effort => $"#OBJEKT 6 \"{effort}\" \"Insats {effort}, Ung väg framåt\""));

        var number = 0;
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            Voucher(first, "Medlemsbidrag", Contributions, null, -250_000_00);
            for (var i = 0; i < 27; i++)
            {
                var day = first.AddDays(random.Next(DateTime.DaysInMonth(year, month)));
                var ore = random.NextInt64(1, 5_000_000);
                switch (random.Next(10))
                {
                    case < 6:
                        Voucher(day, "Faktura köpt tjänst åt insats", Purchases, effortObjects[random.Next(effortObjects.Count)], ore);
                        break;
                    case < 8:
                        Voucher(day, "Lokalhyra för Öppna dörren", Rent, null, ore);
                        break;
                    case 8:
                        Voucher(day, "Lön", Salaries, null, ore);
                        break;
                    default:
                        Voucher(day, "Bankavgift", BankFees, null, ore % 50_000);
                        break;
                }
            }
        }
        return new MadeUpYear(Encoding.GetEncoding(437).GetBytes(string.Join("\r\n", sie) + "\r\n"), perAccount, perObject, number);

        void Voucher(DateOnly date, string text, string account, string? effort, long ore)
        {
            number++;
            var objects = effort is null ? "{}" : $"{{6 \"{effort}\"}}";
            sie.Add($"#VER A {number} {date:yyyyMMdd} \"{text} nr {number}\"");
            sie.Add("{");
            sie.Add($"   #TRANS {account} {objects} {Kronor(ore)} {date:yyyyMMdd} \"{text}\"");
            sie.Add($"   #TRANS {Bank} {{}} {Kronor(-ore)}");
            sie.Add("}");

            var month = new DateOnly(date.Year, date.Month, 1);
            Add(perAccount, (account, month), ore);
            Add(perAccount, (Bank, month), -ore);
            if (effort is not null)
            {
                Add(perObject, (effort, month), ore);
            }
        }
    }

    // What accounts of the rows' prefixes got per month, as a mapping would sum them.
    public Dictionary<(string Row, DateOnly Month), long> PerRow(IReadOnlyDictionary<string, string> rowOfAccount) =>
        PerAccount.Where(pair => rowOfAccount.ContainsKey(pair.Key.Account))
            .GroupBy(pair => (rowOfAccount[pair.Key.Account], pair.Key.Month))
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));

    private static void Add<TKey>(Dictionary<TKey, long> sums, TKey key, long ore) where TKey : notnull =>
        sums[key] = sums.GetValueOrDefault(key) + ore;

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
