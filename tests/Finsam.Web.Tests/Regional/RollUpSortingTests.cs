using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Regional;

namespace Finsam.Web.Tests.Regional;

public sealed class RollUpSortingTests
{
    private static readonly RollUpRow Ostersund = Computed("ostersund", "Östersund", resultOre: 500, equityShare: 1_200);
    private static readonly RollUpRow Arjeplog = Computed("arjeplog", "Arjeplog", resultOre: -200, equityShare: 2_500);
    private static readonly RollUpRow Boden = Computed("boden", "Boden", resultOre: 500, equityShare: 800);
    private static readonly RollUpRow Aby = new("aby", "Åby", new FederationRollUp { Budget = "federations/aby/budgets/2022", Problem = "No state allocation is recorded for 2022." });

    private static readonly RollUpRow[] All = [Ostersund, Arjeplog, Aby, Boden];

    [Fact]
    public void By_name_every_federation_takes_its_place_in_Swedish_alphabetical_order()
    {
        Assert.Equal(["arjeplog", "boden", "aby", "ostersund"], Ids(RollUpSorting.Sort(All, RollUpColumn.Federation, descending: false)));
        Assert.Equal(["ostersund", "aby", "boden", "arjeplog"], Ids(RollUpSorting.Sort(All, RollUpColumn.Federation, descending: true)));
    }

    [Fact]
    public void By_a_figure_the_budgets_that_cannot_be_computed_stand_last_either_way()
    {
        Assert.Equal(["arjeplog", "ostersund", "boden", "aby"], Ids(RollUpSorting.Sort(All, RollUpColumn.EquityShare, descending: true)));
        Assert.Equal(["boden", "ostersund", "arjeplog", "aby"], Ids(RollUpSorting.Sort(All, RollUpColumn.EquityShare, descending: false)));
    }

    [Fact]
    public void Equal_figures_keep_the_alphabetical_order_whichever_way()
    {
        Assert.Equal(["boden", "ostersund", "arjeplog", "aby"], Ids(RollUpSorting.Sort(All, RollUpColumn.Result, descending: true)));
        Assert.Equal(["arjeplog", "boden", "ostersund", "aby"], Ids(RollUpSorting.Sort(All, RollUpColumn.Result, descending: false)));
    }

    [Fact]
    public void Figures_are_first_looked_at_largest_first_and_names_from_A()
    {
        Assert.False(RollUpSorting.DescendingFirst(RollUpColumn.Federation));
        Assert.All(Enum.GetValues<RollUpColumn>().Where(column => column != RollUpColumn.Federation), column => Assert.True(RollUpSorting.DescendingFirst(column)));
    }

    [Fact]
    public void Rows_are_named_by_the_federations_list_and_a_federation_it_lacks_by_its_id()
    {
        var rollUp = new RollUpResponse
        {
            Year = 2022,
            Federations =
            {
                new FederationRollUp { Budget = "federations/boden/budgets/2022", ContributionsOre = 100 },
                new FederationRollUp { Budget = "federations/borta/budgets/2022", Problem = "Gone." },
            },
        };
        var rows = RollUpRow.From(rollUp, new Dictionary<string, string> { ["boden"] = "Samordningsförbundet Boden" });
        Assert.Equal([("boden", "Samordningsförbundet Boden", true), ("borta", "borta", false)], rows.Select(row => (row.FederationId, row.FederationName, row.Computed)));
    }

    private static RollUpRow Computed(string id, string name, long resultOre, int equityShare) =>
        new(id, name, new FederationRollUp { Budget = $"federations/{id}/budgets/2022", ResultOre = resultOre, EquityShareBasisPoints = equityShare, Status = BudgetStatus.Draft });

    private static string[] Ids(IEnumerable<RollUpRow> rows) => [.. rows.Select(row => row.FederationId)];
}
