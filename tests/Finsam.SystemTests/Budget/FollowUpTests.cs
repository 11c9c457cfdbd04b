using Finsam.Budget.Tests.Domain.FollowUp;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf;

namespace Finsam.SystemTests.Budget;

// A made-up year of Sundsvall's books (a few hundred vouchers, code page 437, project objects for
// efforts) imported through the gateway against its adopted 2022 budget: budget against actual
// per group, effort and month is what the file booked, to the öre; the same file again changes
// nothing; closing the year gives 2023's draft its opening equity.
[Collection(SystemCollection.Name)]
public sealed class FollowUpTests(FinsamSystem system)
{
    private static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    private static readonly string[] Objects = ["sip", "psykolog", "rehab"];

    private static readonly Dictionary<string, string> EffortOfObject = new()
    {
        ["sip"] = "sip-samordnare", ["psykolog"] = "psykolog", ["rehab"] = "rehabvagledare",
    };

    private static readonly Dictionary<string, string> RowOfAccount = new()
    {
        [MadeUpYear.Contributions] = "contributions",
        [MadeUpYear.Purchases] = "decided-efforts",
        [MadeUpYear.Rent] = "administration/Lokalkostnader",
        [MadeUpYear.Salaries] = "board/Styrelsearvoden",
    };

    [Fact]
    public async Task A_made_up_year_imports_through_the_gateway_and_follows_up_per_group_effort_and_month_to_the_ore()
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = $"{parent}/budgets/2022" });
        await system.Budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = $"{parent}/budgets/2022", AdoptedOn = "2021-11-26", ReferenceNumber = "60/21" });
        var editor = system.BudgetAs(await system.TokenWithRolesAsync((Role.Editor, id)));
        var reader = system.BudgetAs(await system.TokenWithRolesAsync((Role.Reader, id)));
        await editor.SetActualsMappingAsync(new SetActualsMappingRequest
        {
            ActualsMapping = new ActualsMapping
            {
                Name = $"{parent}/actualsMapping",
                Accounts = { RowOfAccount.Select(rule => new AccountMappingRule { Prefix = rule.Key, Row = rule.Value }) },
                Objects = { EffortOfObject.Select(rule => new ObjectMappingRule { Dimension = "6", Object = rule.Key, Effort = $"{parent}/efforts/{rule.Value}" }) },
            },
        });
        var booked = MadeUpYear.Book(2022, seed: 22, Objects);
        var import = new ImportActualsRequest { Parent = parent, Year = 2022, FileName = "östra-2022.se", Content = ByteString.CopyFrom(booked.File) };

        var imported = await editor.ImportActualsAsync(import);
        Assert.Equal(("CP437", booked.VoucherCount), (imported.Encoding, imported.VoucherCount));
        Assert.Equal(imported, await editor.ImportActualsAsync(import));
        Assert.Single((await system.Budget.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = parent })).Records, record => record.Action == "ImportActuals");

        var rows = booked.PerRow(RowOfAccount);
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(2022, month, 1);
            var followUp = await reader.GetFollowUpAsync(new GetFollowUpRequest { Name = $"{parent}/followUps/2022", ThroughMonth = $"2022-{month:00}" });

            Assert.Equal(-rows.GetValueOrDefault(("contributions", first)), followUp.Income.Single(row => row.Key == "contributions").ActualMonthOre);
            Assert.Equal(rows.GetValueOrDefault(("decided-efforts", first)), Group(followUp, "decided-efforts").ActualMonthOre);
            Assert.Equal(rows.GetValueOrDefault(("administration/Lokalkostnader", first)), Group(followUp, "administration").ActualMonthOre);
            Assert.Equal(rows.GetValueOrDefault(("board/Styrelsearvoden", first)), Group(followUp, "board").ActualMonthOre);
            Assert.Equal(
                rows.Where(pair => pair.Key.Row == "board/Styrelsearvoden" && pair.Key.Month <= first).Sum(pair => pair.Value),
                Group(followUp, "board").Rows.Single(row => row.Label == "Styrelsearvoden").ActualToDateOre);
            foreach (var (objectId, effort) in EffortOfObject)
            {
                Assert.Equal(booked.PerObject.GetValueOrDefault((objectId, first)), followUp.Efforts.Single(row => row.Key == $"{parent}/efforts/{effort}").ActualMonthOre);
            }
            // What maps nowhere is listed for the whole year, whatever the month followed up.
            Assert.Equal(booked.PerAccount.Where(pair => pair.Key.Account == MadeUpYear.BankFees).Sum(pair => pair.Value), followUp.UnmappedOre);
        }

        await editor.CreateBudgetAsync(new CreateBudgetRequest { Parent = parent, Budget = new Contracts.Budget.V1.Budget { FirstYear = 2023, PlanYears = 1, OpeningEquityOre = Tkr(577) } });
        var closed = await editor.CloseYearAsync(new CloseYearRequest { Name = imported.Name });

        var result = -booked.PerAccount.Where(pair => pair.Key.Account != MadeUpYear.Bank).Sum(pair => pair.Value);
        Assert.Equal((result, Tkr(1_233) + result), (closed.Closing.ResultOre, closed.Closing.ClosingEquityOre));
        Assert.Equal(Tkr(1_233) + result, (await reader.GetBudgetAsync(new GetBudgetRequest { Name = $"{parent}/budgets/2023" })).OpeningEquityOre);
    }

    private static FollowUpRow Group(BudgetFollowUp followUp, string key) => followUp.CostGroups.Single(row => row.Key == key);
}
