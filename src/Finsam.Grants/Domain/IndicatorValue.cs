namespace Finsam.Grants.Domain;

// One indicator of a follow-up, as the federation defines it: a count or a share, in hundredths.
public sealed record IndicatorValue(string Indicator, long ValueHundredths);
