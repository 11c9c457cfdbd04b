namespace Finsam.Budget.Domain.FollowUp;

// A budget row followed up, with the year as forecast and its rows within.
public sealed record FollowUpNode(LineFollowUp Figures, long ForecastYearOre, IReadOnlyList<FollowUpNode> Rows);
