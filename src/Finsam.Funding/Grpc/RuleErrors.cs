using Finsam.Funding.Domain;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Grpc;

// A funding rule that the stored facts do not satisfy (FundingRuleException) is the caller's
// to fix first: FailedPrecondition, about the resource it concerns.
internal static class RuleErrors
{
    public static T Enforce<T>(string subject, Func<T> apply)
    {
        try
        {
            return apply();
        }
        catch (FundingRuleException rule)
        {
            throw GrpcErrors.FailedPrecondition(subject, rule.Message);
        }
    }

    public static async Task<T> EnforceAsync<T>(string subject, Func<Task<T>> apply)
    {
        try
        {
            return await apply();
        }
        catch (FundingRuleException rule)
        {
            throw GrpcErrors.FailedPrecondition(subject, rule.Message);
        }
    }
}
