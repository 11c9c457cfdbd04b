using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// Income besides the contributions: interest, project grants.
public sealed class OtherIncomeTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task Other_income_is_kept_per_year_with_its_note_and_can_be_removed()
    {
        var id = await host.SundsvallAsync();
        var funding = host.Funding(Caller.EditorOf(id));
        var interest = await funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 12_345, Note = "Ränta på bankkontot" },
        });
        var grant = await funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2023, Kind = OtherIncomeKind.ProjectGrant, AmountOre = 5_000_000, Note = "Projektbidrag" },
        });

        var income2022 = await funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = $"federations/{id}", Year = 2022 });
        await funding.DeleteOtherIncomeAsync(new DeleteOtherIncomeRequest { Name = grant.Name });

        Assert.Equal(12_345, income2022.TotalOre);
        Assert.Equal([("Ränta på bankkontot", OtherIncomeKind.Interest)], income2022.OtherIncome.Select(o => (o.Note, o.Kind)));
        Assert.Equal([interest], (await funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = $"federations/{id}" })).OtherIncome);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => funding.DeleteOtherIncomeAsync(new DeleteOtherIncomeRequest { Name = grant.Name }).ResponseAsync);
    }

    [Fact]
    public async Task Income_without_a_kind_or_below_zero_is_refused_and_not_stored()
    {
        var id = await host.SundsvallAsync();

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Funding().CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Unspecified, AmountOre = -1 },
        }).ResponseAsync);

        Assert.Equal(["other_income.kind", "other_income.amount_ore"], violations.Select(v => v.Field));
        Assert.Empty((await host.Funding().ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = $"federations/{id}" })).OtherIncome);
    }
}
