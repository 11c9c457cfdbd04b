using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;

namespace Finsam.SystemTests.Budget;

// Real accounting exports imported through the gateway by a federation's editor and read back
// by its reader: the sums per account and month are the file's own rows, summed here by a
// reading of the file's text that does not use the importer.
[Collection(SystemCollection.Name)]
public sealed partial class ActualsImportTests(FinsamSystem system)
{
    public static TheoryData<string, int> Exports => new() { { "specter-sie4-exempel.se", 2011 }, { "softone-sie4-demo.se", 2014 } };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task A_real_export_imports_through_the_gateway_with_the_file_s_sums_per_account_and_month(string file, int year)
    {
        var id = Federations.NewId("sie");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var editor = system.BudgetAs(await system.TokenWithRolesAsync((Role.Editor, id)));
        var reader = system.BudgetAs(await system.TokenWithRolesAsync((Role.Reader, id)));
        var bytes = File.ReadAllBytes(Path.Combine("Exports", file));

        var imported = await editor.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = year, FileName = file, Content = ByteString.CopyFrom(bytes) });
        var read = await reader.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/{year}" });

        Assert.Equal(imported, read);
        var perAccountAndMonth = read.Amounts
            .GroupBy(amount => (amount.Account, amount.Month))
            .ToDictionary(group => group.Key, group => group.Sum(amount => amount.AmountOre));
        Assert.Equal(RowsSummedByHand(bytes).OrderBy(pair => pair.Key), perAccountAndMonth.OrderBy(pair => pair.Key));
    }

    [Fact]
    public async Task A_file_from_another_organisation_s_books_is_refused_until_the_federation_s_number_is_the_file_s()
    {
        var id = Federations.NewId("orgnr");
        var federation = Federations.Sundsvall();
        federation.OrganisationNumber = "2220009878";
        var created = await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = federation });
        Assert.Equal("222000-9878", created.OrganisationNumber);
        var editor = system.BudgetAs(await system.TokenWithRolesAsync((Role.Editor, id)));
        var import = new ImportActualsRequest { Parent = $"federations/{id}", Year = 2014, FileName = "softone-sie4-demo.se", Content = ByteString.CopyFrom(File.ReadAllBytes(Path.Combine("Exports", "softone-sie4-demo.se"))) };

        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => editor.ImportActualsAsync(import).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Empty((await editor.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2014" })).Amounts);

        await system.Funding.UpdateFederationAsync(new UpdateFederationRequest
        {
            Federation = new Federation { Name = $"federations/{id}", OrganisationNumber = "556654-7898" },
            UpdateMask = new() { Paths = { "organisation_number" } },
        });
        Assert.Equal("556654-7898", (await editor.ImportActualsAsync(import)).OrganisationNumber);
    }

    // The file's text in code page 437, as both files declare, read line by line: the month of
    // the last #VER, and each #TRANS row's account and amount in öre.
    private static Dictionary<(string, string), long> RowsSummedByHand(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sums = new Dictionary<(string, string), long>();
        var month = "";
        foreach (var line in Encoding.GetEncoding(437).GetString(bytes).Split('\n'))
        {
            if (VoucherLine().Match(line) is { Success: true } voucher)
            {
                month = $"{voucher.Groups[1].Value}-{voucher.Groups[2].Value}";
            }
            else if (RowLine().Match(line) is { Success: true } row)
            {
                var key = (row.Groups[1].Value, month);
                sums[key] = sums.GetValueOrDefault(key) + (long)(decimal.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture) * 100);
            }
        }
        return sums;
    }

    [GeneratedRegex(@"^#VER\s+\S+\s+\S+\s+(\d{4})(\d{2})\d{2}")]
    private static partial Regex VoucherLine();

    [GeneratedRegex(@"^\s*#TRANS\s+(\S+)\s+\{[^}]*\}\s+(-?[\d.]+)")]
    private static partial Regex RowLine();
}
