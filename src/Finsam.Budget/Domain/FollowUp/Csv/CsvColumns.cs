using System.Globalization;
using System.Text;

namespace Finsam.Budget.Domain.FollowUp.Csv;

// Which column holds what, from the header's names in Swedish or English, in any case. A column
// the reader does not know is left alone: exports carry voucher numbers, texts and more. Objects
// are by SIE dimension: a cost centre is dimension 1 and a project 6, as SIE reserves them.
internal sealed record CsvColumns(
    int Count,
    int Account,
    int? Date,
    int? Month,
    int? Amount,
    int? Debit,
    int? Credit,
    int? Name,
    IReadOnlyList<(string Dimension, int Index)> Objects)
{
    private enum Role
    {
        Account,
        Date,
        Month,
        Amount,
        Debit,
        Credit,
        Name,
    }

    private static readonly Dictionary<string, Role> Roles = new(StringComparer.Ordinal)
    {
        ["konto"] = Role.Account,
        ["account"] = Role.Account,
        ["datum"] = Role.Date,
        ["date"] = Role.Date,
        ["verifikationsdatum"] = Role.Date,
        ["månad"] = Role.Month,
        ["period"] = Role.Month,
        ["month"] = Role.Month,
        ["belopp"] = Role.Amount,
        ["amount"] = Role.Amount,
        ["debet"] = Role.Debit,
        ["debit"] = Role.Debit,
        ["kredit"] = Role.Credit,
        ["credit"] = Role.Credit,
        ["kontonamn"] = Role.Name,
        ["benämning"] = Role.Name,
        ["account name"] = Role.Name,
    };

    // The header's problems go to problem; with any, there are no columns to read rows by.
    public static CsvColumns? Read(IReadOnlyList<string> header, Action<string> problem)
    {
        var roles = new Dictionary<Role, (int Index, string Name)>();
        var objects = new Dictionary<string, (int Index, string Name)>(StringComparer.Ordinal);
        var problems = 0;
        for (var i = 0; i < header.Count; i++)
        {
            var shown = header[i].Trim();
            var name = Normalized(shown);
            if (Dimension(name) is { } dimension)
            {
                if (objects.TryGetValue(dimension, out var earlier))
                {
                    problem($"kolumnerna ”{earlier.Name}” och ”{shown}” anger båda objekt i dimension {dimension}");
                    problems++;
                    continue;
                }
                objects[dimension] = (i, shown);
            }
            else if (Roles.TryGetValue(name, out var role))
            {
                if (roles.TryGetValue(role, out var earlier))
                {
                    problem($"kolumnerna ”{earlier.Name}” och ”{shown}” anger båda {What(role)}");
                    problems++;
                    continue;
                }
                roles[role] = (i, shown);
            }
        }

        int? At(Role role) => roles.TryGetValue(role, out var column) ? column.Index : null;
        var (account, date, month, amount, debit, credit) = (At(Role.Account), At(Role.Date), At(Role.Month), At(Role.Amount), At(Role.Debit), At(Role.Credit));
        foreach (var missing in Missing(account, date ?? month, amount, debit, credit))
        {
            problem(missing);
            problems++;
        }
        if (problems > 0)
        {
            return null;
        }

        // With both, the date: the month it gives is the one the SIE import books an amount in.
        return new CsvColumns(header.Count, account!.Value, date, date is null ? month : null, amount, debit, credit, At(Role.Name),
            [.. objects.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value.Index))]);
    }

    private static IEnumerable<string> Missing(int? account, int? dateOrMonth, int? amount, int? debit, int? credit)
    {
        if (account is null)
        {
            yield return "kolumnen Konto (eller Account) saknas";
        }
        if (dateOrMonth is null)
        {
            yield return "kolumnen Datum (eller Date, Verifikationsdatum) eller Månad (eller Period, Month) saknas";
        }
        switch (amount, debit, credit)
        {
            case (null, null, null):
                yield return "kolumnen Belopp (eller Amount), eller kolumnerna Debet och Kredit, saknas";
                break;
            case (null, not null, null):
                yield return "kolumnen Kredit (eller Credit) saknas, som hör till kolumnen Debet";
                break;
            case (null, null, not null):
                yield return "kolumnen Debet (eller Debit) saknas, som hör till kolumnen Kredit";
                break;
            case (not null, _, _) when debit is not null || credit is not null:
                // Two ways to the same amount that could disagree: refused rather than one picked.
                yield return "filen har både kolumnen Belopp och kolumner för Debet och Kredit; ta bort den ena";
                break;
            default:
                break;
        }
    }

    // "Objekt 6", "dimension 1", "Kostnadsställe", "Projekt": the dimension, or null.
    private static string? Dimension(string name)
    {
        if (name == "kostnadsställe")
        {
            return "1";
        }
        if (name == "projekt")
        {
            return "6";
        }
        foreach (var prefix in (string[])["objekt", "dimension"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && name[prefix.Length..].Trim() is { Length: > 0 and <= 9 } number
                && !number.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                return int.Parse(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static string What(Role role) => role switch
    {
        Role.Account => "kontot",
        Role.Date => "datumet",
        Role.Month => "månaden",
        Role.Amount => "beloppet",
        Role.Debit => "debet",
        Role.Credit => "kredit",
        _ => "kontots namn",
    };

    // Lower case, composed (a Mac may send å as a and a ring) and with one space between words.
    private static string Normalized(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
