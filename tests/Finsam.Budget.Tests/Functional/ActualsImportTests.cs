using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Rpc;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// A year's actuals imported from an SIE file: by editors, read by readers, replaced whole by the
// next import, refused whole when the file has problems, in the audit trail.
public sealed class ActualsImportTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task An_editor_imports_a_real_export_and_a_reader_reads_it_per_account_objects_and_month()
    {
        var id = host.NewFederation();

        var imported = await host.Budget(Caller.EditorOf(id)).ImportActualsAsync(new ImportActualsRequest
        {
            Parent = $"federations/{id}", Year = 2014, FileName = "softone-sie4-demo.se", Content = SieFiles.Export("softone-sie4-demo.se"),
        });

        Assert.Equal($"federations/{id}/actuals/2014", imported.Name);
        Assert.Equal(("CP437", "PC8", "Demoföretaget AB", "556654-7898"), (imported.Encoding, imported.DeclaredFormat, imported.CompanyName, imported.OrganisationNumber));
        Assert.Equal(("2014-01-01", "2014-12-31", 70), (imported.FinancialYearStart, imported.FinancialYearEnd, imported.VoucherCount));
        // Every voucher balances, so the year's amounts do too.
        Assert.Equal(0, imported.Amounts.Sum(amount => amount.AmountOre));
        var onObjects = imported.Amounts.First(amount => amount.Objects.Count > 0 && amount.Account == "6010");
        Assert.Equal(("1", "1", "2014-01", "Hyror mm", 4800_00L), (onObjects.Objects["1"], onObjects.Objects["6"], onObjects.Month, onObjects.AccountName, onObjects.AmountOre));

        Assert.Equal(imported, await host.Budget(Caller.ReaderOf(id)).GetYearActualsAsync(new GetYearActualsRequest { Name = imported.Name }));
    }

    [Fact]
    public async Task A_real_exports_balance_accounts_close_where_the_file_says_they_close_from_its_opening_balances_and_vouchers()
    {
        var id = host.NewFederation();
        var content = SieFiles.Export("specter-sie4-exempel.se");
        // The closing balances the program wrote (#UB 0), which the import does not read: it works
        // each account's out from the opening balance (#IB 0) and the year's vouchers.
        var stated = Sie.SieReader.Read(content.Span).File!.ClosingBalances
            .Where(balance => balance.Year == 0 && balance.Objects.Count == 0)
            .ToDictionary(balance => balance.Account, balance => balance.AmountOre);

        var imported = await host.Budget(Caller.EditorOf(id)).ImportActualsAsync(new ImportActualsRequest
        {
            Parent = $"federations/{id}", Year = 2011, FileName = "specter-sie4-exempel.se", Content = content,
        });

        Assert.True(imported.HasOpeningBalances);
        Assert.True(stated.Count > 20, $"{stated.Count} closing balances in the file.");
        Assert.All(stated.Where(pair => pair.Key[0] is '1' or '2'), pair =>
            Assert.Equal((pair.Key, pair.Value), (pair.Key, imported.Balances.SingleOrDefault(balance => balance.Account == pair.Key)?.ClosingOre ?? 0)));
        Assert.DoesNotContain(imported.Balances, balance => balance.Account[0] is not ('1' or '2'));
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_a_new_one_replaces_the_year_whole()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        var first = new ImportActualsRequest { Parent = $"federations/{id}", Year = 2026, FileName = "mars.se", Content = SieFiles.OneVoucher(2026, 100_00) };

        var once = await budget.ImportActualsAsync(first);
        var twice = await budget.ImportActualsAsync(first);
        Assert.Equal(once, twice);
        Assert.Single(await TrailAsync(id));

        var replaced = await budget.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = 2026, FileName = "april.se", Content = SieFiles.OneVoucher(2026, 40_00) });

        Assert.Equal([40_00, -40_00], replaced.Amounts.Select(amount => amount.AmountOre).Order().Reverse());
        var trail = await TrailAsync(id);
        Assert.Equal(2, trail.Count);
        Assert.Equal(("ImportActuals", $"federations/{id}/actuals/2026"), (trail[1].Action, trail[1].Resource));
        Assert.Contains("mars.se", trail[1].BeforeJson);
        Assert.Contains("april.se", trail[1].AfterJson);
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_every_problem_at_its_line_and_nothing_is_stored()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        await budget.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = 2026, FileName = "ok.se", Content = SieFiles.OneVoucher(2026) });
        var before = await budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2026" });

        var bad = SieFiles.InCodePage437(
            "#SIETYP 4", "#RAR 0 20260101 20261231",
            "#VER A 1 20260315", "{", "#TRANS 4010 {} 100", "#TRANS 1930 {} -90", "}",
            "#VER A 2 20260316", "{", "#TRANS 4010 {} 12,50", "#TRANS 1930 {} -12.50", "}",
            "#VER A 3 20270101", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}");
        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => budget.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = 2026, Content = bad }).ResponseAsync);

        var problems = failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.All(problems, problem => Assert.Equal("content", problem.Field));
        Assert.Contains(problems, problem => problem.Description.StartsWith("Rad 3: verifikation A 1 är inte i balans", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Description.StartsWith("Rad 10: beloppet ”12,50” är inget belopp", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Description.StartsWith("Rad 13: verifikation A 3 är daterad 2027-01-01", StringComparison.Ordinal));
        Assert.Equal(before, await budget.GetYearActualsAsync(new GetYearActualsRequest { Name = before.Name }));
        Assert.Single(await TrailAsync(id));
    }

    [Fact]
    public async Task A_file_for_another_financial_year_is_refused()
    {
        var id = host.NewFederation();

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => host.Budget(Caller.EditorOf(id)).ImportActualsAsync(new ImportActualsRequest
        {
            Parent = $"federations/{id}", Year = 2026, Content = SieFiles.OneVoucher(2025),
        }).ResponseAsync);

        Assert.Contains("räkenskapsår är 2025-01-01–2025-12-31, inte det som börjar 2026", failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Description);
        Assert.Empty((await host.Budget().GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2026" })).Amounts);
    }

    [Fact]
    public async Task A_year_nothing_was_imported_into_has_no_actuals()
    {
        var id = host.NewFederation();

        var actuals = await host.Budget(Caller.ReaderOf(id)).GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2026" });

        Assert.Equal(new YearActuals { Name = $"federations/{id}/actuals/2026" }, actuals);
    }

    [Theory]
    [InlineData("556654-7898", true)]
    [InlineData("5566547898", true)]
    [InlineData("", true)]
    [InlineData("222000-9878", false)]
    public async Task A_file_from_another_organisation_s_books_is_refused_and_nothing_is_stored(string federationNumber, bool imports)
    {
        var id = host.NewFederation(federationNumber);
        var budget = host.Budget(Caller.EditorOf(id));
        var request = new ImportActualsRequest { Parent = $"federations/{id}", Year = 2014, FileName = "softone-sie4-demo.se", Content = SieFiles.Export("softone-sie4-demo.se") };

        if (imports)
        {
            Assert.Equal("556654-7898", (await budget.ImportActualsAsync(request)).OrganisationNumber);
            return;
        }
        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => budget.ImportActualsAsync(request).ResponseAsync);
        Assert.Contains("organisationsnummer 556654-7898 (#ORGNR), inte förbundets 222000-9878", failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Description, StringComparison.Ordinal);
        Assert.Empty((await budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"federations/{id}/actuals/2014" })).Amounts);
    }

    [Fact]
    public async Task A_csv_table_imports_for_a_financial_year_from_july_and_a_bad_row_is_refused_by_its_line()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        var table = "Konto;Kontonamn;Datum;Projekt;Belopp\r\n"
            + "4010;Köpta tjänster;2026-07-15;12;1 250,50\r\n"
            + "4010;Köpta tjänster;2026-07-20;12;-250,50\r\n"
            + "3010;Medlemsbidrag;2027-06-30;;-5000\r\n";

        var imported = await budget.ImportActualsAsync(new ImportActualsRequest
        {
            Parent = $"federations/{id}", Year = 2026, FinancialYearStartMonth = 7, FileName = "utfall.csv",
            Content = Google.Protobuf.ByteString.CopyFrom(System.Text.Encoding.UTF8.GetBytes(table)),
        });

        Assert.Equal(("CSV", "UTF-8", "2026-07-01", "2027-06-30"), (imported.Program, imported.Encoding, imported.FinancialYearStart, imported.FinancialYearEnd));
        Assert.Equal(
            [("3010", "2027-06", -5000_00L, ""), ("4010", "2026-07", 1000_00L, "12")],
            imported.Amounts.Select(a => (a.Account, a.Month, a.AmountOre, a.Objects.GetValueOrDefault("6", ""))));

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => budget.ImportActualsAsync(new ImportActualsRequest
        {
            Parent = $"federations/{id}", Year = 2026, FinancialYearStartMonth = 7, FileName = "fel.csv",
            Content = Google.Protobuf.ByteString.CopyFrom(System.Text.Encoding.UTF8.GetBytes(table + "4010;Köpta tjänster;2026-06-30;;100\r\n")),
        }).ResponseAsync);
        Assert.Contains(failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "content" && v.Description.StartsWith("Rad 5:", StringComparison.Ordinal));
        Assert.Equal(imported, await budget.GetYearActualsAsync(new GetYearActualsRequest { Name = imported.Name }));
    }

    private async Task<IReadOnlyList<AuditRecord>> TrailAsync(string id) =>
        (await host.Budget().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records;
}
