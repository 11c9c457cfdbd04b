namespace Finsam.Funding.Domain;

// A rule of member funding that the stored facts do not yet satisfy (for example a
// federation without a region); the caller must change the facts first.
public sealed class FundingRuleException(string subject, string reason) : Exception(reason)
{
    public string Subject { get; } = subject;
}
