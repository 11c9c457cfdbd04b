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
                "Summa beviljade insatser|||1 700 000",
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

    [Fact]
    public void The_template_chooses_the_columns_and_each_year_of_the_budget_has_the_money_decided_for_it()
    {
        var inputs = ShapedBudget.Inputs(true, 2025, 2026);
        inputs.Template.EffortColumns.AddRange([EffortColumn.Kind, EffortColumn.Owner, EffortColumn.Period, EffortColumn.Decision]);
        inputs.EffortCosts = new EffortCosts
        {
            Lines =
            {
                Decided("steg", "Steg framåt", EffortKind.Individual, "Arbetsliv", 1_480_000),
                new EffortCostLine(Decided("steg", "Steg framåt", EffortKind.Individual, "Arbetsliv", 1_500_000)) { Year = 2026, Decision = "federations/adalen/decisions/2" },
                Decided("kurs", "Samverkanskurs", EffortKind.Structural, "Struktur", 94_000),
            },
        };
        inputs.Efforts.Add(new Effort { Name = "federations/adalen/efforts/steg", DisplayName = "Steg framåt", Owner = "Norrby kommun", StartOn = "2025-01-01", EndOn = "2027-12-31" });
        inputs.Efforts.Add(new Effort { Name = "federations/adalen/efforts/kurs", DisplayName = "Samverkanskurs", Owner = "Förbundet", StartOn = "2025-02-01", EndOn = "2025-11-30" });
        inputs.Decisions.Add(new Decision { Name = "federations/adalen/decisions/1", DecidedOn = "2024-11-22", ReferenceNumber = "2024/31" });
        inputs.Decisions.Add(new Decision { Name = "federations/adalen/decisions/2", DecidedOn = "2025-11-20", ReferenceNumber = "2025/40" });

        var table = new BudgetTables(inputs).Build(TableKind.GrantedEfforts);

        // The decision named is the one deciding the document's year; a year without money is "-".
        Assert.Equal(["Insats", "Inriktning", "Huvudman", "Period", "Styrelsebeslut", "2025", "2026"], table.Header);
        Assert.Equal(
            [
                "Steg framåt|Individinriktad|Norrby kommun|2025–2027|2024-11-22, dnr 2024/31|1 480 000|1 500 000",
                "Samverkanskurs|Strukturinriktad|Förbundet|2025|2024-11-22, dnr 2024/31|94 000|-",
                "Summa beviljade insatser|||||1 574 000|1 500 000",
            ],
            table.Rows.Select(r => string.Join('|', [r.Label, .. r.Cells]).Replace('\u00A0', ' ')));
    }
}
