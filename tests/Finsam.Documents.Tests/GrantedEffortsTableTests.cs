using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Tests;

// The granted efforts are listed at the money the board decided for the year, so the
// table adds up to what the budget's decided groups hold.
public sealed class GrantedEffortsTableTests
{
    private static EffortCostLine Decided(string id, string name, EffortKind kind, string group, long kronor) => new()
    {
        Effort = $"federations/adalen/efforts/{id}",
        EffortDisplayName = name,
        Kind = kind,
        CostGroup = group,
        Year = 2025,
        AmountOre = ShapedBudget.Kr(kronor),
        Decision = "federations/adalen/decisions/1",
    };

    [Fact]
    public void Each_effort_has_its_decided_amount_individual_efforts_first()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.EffortCosts = new EffortCosts
        {
            Lines =
            {
                Decided("forum", "Samverkansforum", EffortKind.Structural, "Struktur", 300_000),
                Decided("steg", "Steg framåt", EffortKind.Individual, "Arbetsliv", 1_000_000),
                Decided("steg", "Steg framåt", EffortKind.Individual, "Arbetsliv", 400_000),
                new EffortCostLine(Decided("steg", "Steg framåt", EffortKind.Individual, "Arbetsliv", 999_000)) { Year = 2026 },
            },
            // Asked for but not decided: no part of the table.
            UndecidedLines = { Decided("ny", "Ny insats", EffortKind.Individual, "Arbetsliv", 200_000) },
        };
        // What the effort's own cost lines ask is not what was decided.
        inputs.Efforts.Add(new Effort { Name = "federations/adalen/efforts/steg", DisplayName = "Steg framåt", CostLines = { new CostLine { Year = 2025, AmountOre = ShapedBudget.Kr(2_000_000) } } });

        var table = new BudgetTables(inputs).Build(TableKind.GrantedEfforts);

        Assert.Equal(["Insats", "Inriktning", "Kostnadsgrupp", "2025"], table.Header);
        Assert.Equal(
            [
                "Steg framåt|Individinriktad|Arbetsliv|1 400 000",
                "Samverkansforum|Strukturinriktad|Struktur|300 000",
                "Summa|||1 700 000",
            ],
            table.Rows.Select(r => string.Join('|', [r.Label, .. r.Cells]).Replace('\u00A0', ' ')));
    }

    [Fact]
    public void Inputs_kept_before_the_decided_lines_were_list_the_efforts_cost_lines_as_they_did()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.Efforts.Add(new Effort { Name = "federations/adalen/efforts/steg", DisplayName = "Steg framåt", Kind = EffortKind.Individual, CostGroup = "Arbetsliv", CostLines = { new CostLine { Year = 2025, AmountOre = ShapedBudget.Kr(2_000_000) } } });

        var table = new BudgetTables(inputs).Build(TableKind.GrantedEfforts);

        Assert.Equal("2 000 000", table.Rows[0].Cells[^1].Replace('\u00A0', ' '));
    }
}
