namespace Finsam.Web.Components.Regional;

// The roll-up table's columns, each one the table can be sorted by.
public enum RollUpColumn
{
    Federation,
    Status,
    Contributions,
    Costs,
    Result,
    Equity,
    EquityShare,
    IndividualShare,
    GoalsNotMet,
}
