using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;

namespace Finsam.Documents.Templating;

// Inputs with one of everything, to check a text's placeholders when it is saved,
// before there are real figures to fill it with.
public static class SampleInputs
{
    public static DocumentInputs For(int year) => new()
    {
        Year = year,
        Template = new DocumentTemplate(),
        PlanText = new PlanText(),
        Federation = new Federation { DisplayName = "Samordningsförbundet", Members = { new Member { DisplayName = "Försäkringskassan" } } },
        Allocation = new Allocation { Year = year },
        Budget = new Budget { FirstYear = year, Status = BudgetStatus.Adopted, AdoptedOn = $"{year - 1}-11-26", ReferenceNumber = "1/00" },
        BudgetReport = new BudgetReport
        {
            Years =
            {
                new YearReport { Year = year - 1, Forecast = true },
                new YearReport { Year = year, Income = { new Row { Label = "Försäkringskassan" } } },
                new YearReport { Year = year + 1 },
                new YearReport { Year = year + 2 },
            },
            Goals = { new GoalReport { Goal = "min_equity", Year = year } },
        },
        Efforts =
        {
            new Effort { DisplayName = "Individinriktad insats", Kind = EffortKind.Individual },
            new Effort { DisplayName = "Strukturinriktad insats", Kind = EffortKind.Structural },
        },
    };
}
