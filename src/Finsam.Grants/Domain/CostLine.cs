namespace Finsam.Grants.Domain;

public sealed record CostLine(int Year, string Description, long AmountOre);
