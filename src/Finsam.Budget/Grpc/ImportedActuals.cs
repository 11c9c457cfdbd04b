using System.Globalization;
using System.Security.Cryptography;
using Finsam.ServiceKit.Grpc;
using Finsam.Sie;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// An SIE file read and judged for the year it is imported into, mapped to the contract. A file
// with any problem is refused whole: every problem, with its line, as a violation of `content`
// described in Swedish for the officer who exported the file ("Rad 12: ...").
public static class ImportedActuals
{
    public static Contract.YearActuals Read(Contract.ImportActualsRequest request)
    {
        var content = request.Content.Span;
        var result = SieReader.Read(content);
        if (!result.Succeeded)
        {
            var violations = new FieldViolations();
            foreach (var problem in result.Problems)
            {
                violations.Add("content", ViolationReason.InvalidValue, problem.ToString());
            }
            violations.ThrowIfAny();
        }

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
        actuals.Amounts.AddRange(SieActuals.PerAccountObjectsAndMonth(file).Select(amount =>
        {
            var mapped = new Contract.ActualAmount
            {
                Account = amount.Account,
                AccountName = file.Accounts.GetValueOrDefault(amount.Account, ""),
                Month = amount.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                AmountOre = amount.AmountOre,
            };
            mapped.Objects.Add(amount.Objects.ToDictionary());
            return mapped;
        }));
        return actuals;
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
