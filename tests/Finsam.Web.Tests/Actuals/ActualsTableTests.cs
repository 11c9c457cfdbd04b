using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Actuals;

namespace Finsam.Web.Tests.Actuals;

public sealed class ActualsTableTests
{
    [Fact]
    public void An_account_is_a_row_its_objects_summed_and_a_month_of_the_financial_year_a_column()
    {
        var actuals = new YearActuals
        {
            FinancialYearStart = "2026-07-01",
            FinancialYearEnd = "2027-06-30",
            Amounts =
            {
                Amount("5010", "Lokalhyra", "2026-07", 100_00),
                Amount("4010", "Köpta tjänster", "2027-01", 30_00, ("6", "12")),
                Amount("4010", "Köpta tjänster", "2027-01", 10_00, ("6", "14")),
                Amount("4010", "Köpta tjänster", "2027-06", -5_00),
            },
        };

        var table = ActualsTable.Of(actuals);

        Assert.Equal(12, table.Months.Count);
        Assert.Equal(new DateOnly(2026, 7, 1), table.Months[0]);
        Assert.Equal(["4010", "5010"], table.Accounts.Select(account => account.Number));
        var services = table.Accounts[0];
        Assert.Equal(40_00, services.MonthsOre[6]);
        Assert.Equal(-5_00, services.MonthsOre[11]);
        Assert.Equal(35_00, services.YearOre);
        Assert.Equal(100_00, table.Accounts[1].MonthsOre[0]);
    }

    [Fact]
    public void Nothing_imported_is_an_empty_table() =>
        Assert.Empty(ActualsTable.Of(new YearActuals { Name = "federations/f/actuals/2026" }).Accounts);

    private static ActualAmount Amount(string account, string name, string month, long ore, params (string Dimension, string Object)[] objects)
    {
        var amount = new ActualAmount { Account = account, AccountName = name, Month = month, AmountOre = ore };
        foreach (var (dimension, obj) in objects)
        {
            amount.Objects[dimension] = obj;
        }
        return amount;
    }
}
