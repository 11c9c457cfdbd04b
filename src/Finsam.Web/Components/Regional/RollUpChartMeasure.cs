namespace Finsam.Web.Components.Regional;

// What the roll-up's chart compares between the federations.
public enum RollUpChartMeasure
{
    ContributionsAndCosts,
    Result,
    Equity,
    Shares,
}
