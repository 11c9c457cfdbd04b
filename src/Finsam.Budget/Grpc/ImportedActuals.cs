using System.Globalization;
using System.Security.Cryptography;
using Finsam.Budget.Domain.FollowUp;
using Finsam.Budget.Domain.FollowUp.Csv;
using Finsam.ServiceKit.Csv;
using Finsam.ServiceKit.Grpc;
using Finsam.Sie;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// An SIE or CSV file read and judged for the year it is imported into, mapped to the contract. A file
// with any problem is refused whole: every problem, with its line, as a violation of `content`
// described in Swedish for the officer who exported the file ("Rad 12: ...").
public static class ImportedActuals
{
    public static Contract.YearActuals Read(Contract.ImportActualsRequest request) =>
        IsSie(request.Content.Span) ? ReadSie(request) : ReadCsv(request);

    // Every SIE file begins with a #-record (#FLAGGA); a table never does.
    private static bool IsSie(ReadOnlySpan<byte> content)
    {
        var text = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] == (byte)'#';
    }

    private static Contract.YearActuals ReadCsv(Contract.ImportActualsRequest request)
    {
        var start = new DateOnly(request.Year, Math.Max(request.FinancialYearStartMonth, 1), 1);
        var end = start.AddYears(1).AddDays(-1);
        var content = request.Content.Span;
        var result = CsvActualsReader.Read(content, start, end);
        FieldViolations.ThrowEach("content", ViolationReason.InvalidValue, result.Problems.Select(problem => problem.ToString()));

        var file = result.Actuals!;
        var actuals = new Contract.YearActuals
        {
            FileName = request.FileName,
            Program = "CSV",
            Encoding = file.Encoding == CsvEncoding.Utf8 ? "UTF-8" : "Windows-1252",
            FinancialYearStart = Day(start),
            FinancialYearEnd = Day(end),
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        };
        actuals.Amounts.AddRange(file.Amounts.Select(amount => Amount(amount.Account, file.AccountNames.GetValueOrDefault(amount.Account, ""), amount.Month, amount.Objects, amount.AmountOre)));
        // A table gives the year's movements, never what the accounts held before them.
        actuals.Balances.AddRange(Balances([], actuals, file.AccountNames));
        return actuals;
    }

    private static Contract.YearActuals ReadSie(Contract.ImportActualsRequest request)
    {
        var content = request.Content.Span;
        var result = SieReader.Read(content);
        FieldViolations.ThrowEach("content", ViolationReason.InvalidValue, result.Problems.Select(problem => problem.ToString()));

        var file = result.File!;
        if (file.CurrentYear is not { } year)
        {
            throw Refused("Filen anger inget räkenskapsår (#RAR 0).");
        }
        if (year.Start.Year != request.Year)
        {
            throw Refused($"Filens räkenskapsår är {Day(year.Start)}–{Day(year.End)}, inte det som börjar {request.Year}.");
        }

        var actuals = new Contract.YearActuals
        {
            FileName = request.FileName,
            Program = file.Program ?? "",
            CompanyName = file.CompanyName ?? "",
            OrganisationNumber = file.OrganisationNumber ?? "",
            DeclaredFormat = file.DeclaredFormat ?? "",
            Encoding = EncodingName(file.Encoding),
            FinancialYearStart = Day(year.Start),
            FinancialYearEnd = Day(year.End),
            VoucherCount = file.Vouchers.Count,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        };
        actuals.Amounts.AddRange(SieActuals.PerAccountObjectsAndMonth(file)
            .Select(amount => Amount(amount.Account, file.Accounts.GetValueOrDefault(amount.Account, ""), amount.Month, amount.Objects, amount.AmountOre)));
        // The year's own opening balances (#IB 0), of whole accounts (#OIB is per object).
        var opening = file.OpeningBalances.Where(balance => balance.Year == 0 && balance.Objects.Count == 0).Select(balance => (balance.Account, balance.AmountOre)).ToList();
        actuals.HasOpeningBalances = opening.Count > 0;
        actuals.Balances.AddRange(Balances(opening, actuals, file.Accounts));
        return actuals;
    }

    private static IEnumerable<Contract.AccountBalance> Balances(
        IEnumerable<(string Account, long AmountOre)> opening, Contract.YearActuals actuals, IReadOnlyDictionary<string, string> accountNames) =>
        YearBalances.Of(opening, actuals.Amounts.Select(amount => (amount.Account, amount.AmountOre)))
            .Select(balance => new Contract.AccountBalance
            {
                Account = balance.Account,
                AccountName = accountNames.GetValueOrDefault(balance.Account, ""),
                OpeningOre = balance.OpeningOre,
                ClosingOre = balance.ClosingOre,
            });

    private static Contract.ActualAmount Amount(string account, string accountName, DateOnly month, IReadOnlyDictionary<string, string> objects, long ore)
    {
        var amount = new Contract.ActualAmount
        {
            Account = account,
            AccountName = accountName,
            Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            AmountOre = ore,
        };
        amount.Objects.Add(objects.ToDictionary());
        return amount;
    }

    // A file from another organisation's books is refused; a file without #ORGNR, or a
    // federation that has not given its number, is not compared.
    public static void RequireSameOrganisation(Contract.YearActuals imported, string federationNumber)
    {
        var (file, own) = (Digits(imported.OrganisationNumber), Digits(federationNumber));
        if (file.Length > 0 && own.Length > 0 && file != own)
        {
            throw Refused($"Filen är bokföringen för organisationsnummer {imported.OrganisationNumber} (#ORGNR), inte förbundets {federationNumber}.");
        }
    }

    // "556654-7898", "5566547898" and the twelve-digit "165566547898" are one number.
    private static string Digits(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    private static RpcException Refused(string description) =>
        GrpcErrors.InvalidArgument(new FieldViolations().Add("content", ViolationReason.InvalidValue, description));

    private static string EncodingName(SieEncoding encoding) => encoding switch
    {
        SieEncoding.CodePage437 => "CP437",
        SieEncoding.Windows1252 => "Windows-1252",
        SieEncoding.Utf8 => "UTF-8",
        _ => "ASCII",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
